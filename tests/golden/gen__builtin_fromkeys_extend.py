# dict.fromkeys, list.extend, list.insert loops and bytes/bytearray-like consumers
def g():
    yield "x"
    yield "y"

print(dict.fromkeys(g()), dict.fromkeys(g(), 0))
l = [1]
l.extend(g())
l.extend(i for i in range(2))
print(l)
print(bytes(i for i in range(65, 68)))
print(list(range(3)) == list(i for i in range(3)))
t = tuple(g())
print(t, t.index("y"))
