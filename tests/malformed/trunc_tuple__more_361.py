# tuple comparison, nesting, hashing as dict keys, single-element and conversion edge cases
t = (1, (2, 3), [4])
t[2].append(5)
print(t, len(t), t[1][0], (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0], tuple("abc"), tuple(range(3)), tuple({2: 0, 1: 0}))
x = 5,
print(x, type(x