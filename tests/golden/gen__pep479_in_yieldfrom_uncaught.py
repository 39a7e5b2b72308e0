# PEP 479 inside a sub-generator reached through yield from, uncaught: the RuntimeError
# passes through the delegating generator
def gen():
    yield from range(3)
    yield from gen2()
def gen2():
    yield next(iter([]))
print(list(gen()))
