# list methods with edge-case arguments
a = [1, 2, 3, 2, 1]
print(a.index(2, 2), a.count(4), a[-1:-4:-1], a.index(1, -1))
a.insert(-100, 0); a.insert(100, 9)
print(a)
b = a * 0; b += "xy"; b.extend(range(2)); b.extend(b[:1]