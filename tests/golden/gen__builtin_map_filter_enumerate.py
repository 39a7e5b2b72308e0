# map, filter and enumerate are lazy over generators
def g():
    for i in range(4):
        print("gen", i)
        yield i

m = map(lambda x: x * 10, g())
print("map created")
print(next(m), list(m))
f = filter(lambda x: x % 2, g())
print(list(f))
e = enumerate(g(), start=1)
print(next(e))
print(list(e))
print(list(map(lambda a, b: a + b, g(), [100, 200])))
print(list(filter(None, (x for x in [0, 1, "", "a"]))))
