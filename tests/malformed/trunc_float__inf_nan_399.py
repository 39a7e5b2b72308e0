# infinity and NaN: creation, arithmetic, comparisons and repr
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, inf == inf, inf > 1e308, nan < 1, nan > 1)
print(1e308 * 10, -1e308 * 10, repr(inf), str(nan))
import math
print(math.isinf(inf), math.isnan(nan