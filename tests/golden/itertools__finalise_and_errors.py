import itertools
from itertools import islice, chain, takewhile, accumulate, pairwise, zip_longest, count, cycle

def g(name, n, fail_at=None):
    try:
        for i in range(n):
            if i == fail_at:
                raise KeyError(name)
            print("  ", name, "yields", i)
            yield i
        print("  ", name, "returns")
    finally:
        print("  ", name, "finalised")

print("del a half-used islice releases the generator")
s = islice(g('a', 5), 3)
print(next(s))
del s
print("after del")

print("chain drops each exhausted generator before pulling the next")
for x in chain(g('b', 1), g('c', 1)):
    print("got", x)

print("error inside the generator propagates through the pipeline")
p = accumulate(takewhile(lambda x: x < 10, g('d', 5, fail_at=2)))
try:
    for x in p:
        print("got", x)
except KeyError as e:
    print("KeyError", e)
print(list(p))

print("pipeline over an infinite generator")
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (x for x in naturals() if x % 2 == 0)
print(list(islice(pairwise(evens), 3)))
print(list(islice(zip_longest(count(), 'ab'), 4)))
print(list(islice(cycle(g('e', 2)), 5)))

print("generator closed while suspended inside an itertools object")
gen = g('f', 5)
t = takewhile(lambda x: True, gen)
print(next(t))
gen.close()
print(list(t))

print("long pipeline does not recurse per element")
it = islice(count(), 100000)
print(sum(chain.from_iterable(zip(it, itertools.repeat(0)))))
print(sum(islice(accumulate(count()), 50000, 50001)))
