from itertools import chain, cycle, islice

def g(name, n):
    print(" start", name)
    for i in range(n):
        print(" ", name, "yields", i)
        yield (name, i)
    print(" end", name)

print(list(chain([1, 2], (3,), 'ab', {}, range(2))))
print(list(chain()))
print(list(chain.from_iterable(['ab', [1], ()])))
c = chain(g('a', 2), g('b', 1))
print(next(c))
print("--")
print(list(c))
print(list(c))

def gens():
    print(" outer yields first")
    yield g('x', 1)
    print(" outer yields second")
    yield g('y', 2)
    print(" outer done")

for item in chain.from_iterable(gens()):
    print("got", item)

c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print(e)
print(list(c))
try:
    chain(x=1)
except TypeError as e:
    print(e)
try:
    chain.from_iterable()
except TypeError as e:
    print(e)

cy = cycle(g('c', 3))
print([next(cy) for _ in range(7)])
print(list(islice(cycle('ab'), 5)))
print(list(cycle([])))
for bad in [lambda: cycle(), lambda: cycle(1), lambda: cycle([], [])]:
    try:
        bad()
    except TypeError as e:
        print(e)
