# tuple/list unpacking with star targets and nested patterns
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z), *_ = 1, (2, 3), 4, 5
print(first, rest, init, last, x, y, z)
[p, q] = (7, 8); print(p, q)
h, *m, t = range(2); print(h, m, t)
for i, (c, d) in enumerate([("a", 1), ("b", 2)]):
    print(i, c, d)
print([*range(3), *"ab"], (*[1, 2],), {**{"a"