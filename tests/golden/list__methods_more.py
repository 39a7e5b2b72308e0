# list methods with edge-case arguments
a = [1, 2, 3, 2, 1]
print(a.index(2, 2), a.count(4), a[-1:-4:-1], a.index(1, -1))
a.insert(-100, 0); a.insert(100, 9)
print(a)
b = a * 0; b += "xy"; b.extend(range(2)); b.extend(b[:1])
print(b, b.pop(-2), b)
c = [3, 1, 2]; c.sort(reverse=True); d = sorted(c); c.reverse()
print(c, d, c == d, c is d, list(reversed(c)) == sorted(c, reverse=True))
e = [[1, 2], [0, 5], [1, 0]]
e.sort()
print(e, min(e), max(e, key=lambda p: p[1]))
