# type(g) is the generator type; generators are their own iterators
def g():
    yield 1

it = g()
print(type(it))
print(type(it).__name__, type(it).__qualname__, type(it).__module__)
print(type(g))
print(isinstance(it, type(it)), type(it) is type(x for x in []))
print(iter(it) is it, it.__iter__() is it)
for name in ("__next__", "send", "throw", "close", "__iter__", "gi_frame", "gi_code", "gi_running"):
    print(name, hasattr(it, name))
print(it.__next__())
print(callable(it), bool(it))
