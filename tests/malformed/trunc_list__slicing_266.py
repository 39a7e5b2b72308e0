# list slicing with steps and negative bounds, copies are shallow
a = list(range(10))
print(a[2:5], a[:-7], a[::3], a[::-1], a[-2:], a[8:2:-2], a[5:5], a[100:], a[-100:1])
b = a[:]
b[0] = 99
print(a[0], b[0], a[1:3] == [1, 2], a[slice(1, 4)], a[slice(None, None, -4)