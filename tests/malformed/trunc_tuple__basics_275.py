# tuple construction, packing/unpacking, methods, immutability
t = 1, 2, 3
print(t, (1,), (), tuple([4, 5]), t + (4,), t * 2, t[1:], t[::-1], len(t))
print(t.count(2), t.index(3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), (1, [2]) == (1, [2]))
a, b, c = t
print(a, b, c