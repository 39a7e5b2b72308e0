# iter() and next() with defaults on generators; iter(callable, sentinel) with a generator's __next__
def g():
    yield 1
    yield 2

it = g()
print(next(it), next(it), next(it, "default"), next(it, None))
it = g()
for v in iter(it.__next__, 2):
    print("got", v)
print(next(it, "empty"))
