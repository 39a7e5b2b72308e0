from itertools import takewhile, dropwhile, filterfalse, compress

def g(n):
    for i in range(n):
        print("  pull", i)
        yield i
    print("  gen done")

t = takewhile(lambda x: x < 2, g(5))
for x in t:
    print("take", x)
print(list(t))
d = dropwhile(lambda x: x < 2, g(4))
for x in d:
    print("drop->", x)
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(lambda x: x % 2, g(5))))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(compress(g(6), [0, 1])))
print(list(compress(data=[1, 2, 3], selectors=g(3))))

def boom(x):
    raise ValueError("pred failed on %r" % (x,))
for f in [takewhile, dropwhile, filterfalse]:
    name = repr(f).split('.')[-1][:-2]
    try:
        list(f(boom, [1]))
    except ValueError as e:
        print(name, e)
for bad in [lambda: takewhile(len), lambda: dropwhile(1, 2, 3), lambda: takewhile(1, 2, x=3),
            lambda: filterfalse(None), lambda: filterfalse(1, 2, x=3), lambda: compress([1]),
            lambda: compress([1], [1], [1]), lambda: takewhile(None, 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
