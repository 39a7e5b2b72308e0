# tuple construction, packing/unpacking, methods, immutability
t = 1, 2, 3
print(t, (1,), (), tuple([4, 5]), t + (4,), t * 2, t[1:], t[: