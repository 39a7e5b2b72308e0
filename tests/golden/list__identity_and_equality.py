# ==, is, in and comparison of lists and tuples
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == c, a is c, a is b, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], (1, "a") < (1, "b"))
b.append(4)
print(a, 4 in a, [1, [2]] == [1, [2]])
# Not checked: [float("nan")] == [float("nan")] (False in CPython: two distinct NaN objects).
# coil's floats are unboxed, so two NaNs with the same bits are one value (README, deviations).
n = float("nan")
print([n] == [n], n in [n])
