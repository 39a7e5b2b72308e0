# infinity and NaN: creation, arithmetic, comparisons and repr
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf