# "too many values to unpack" from a generator, uncaught
def g():
    yield 1
    yield 2
    print("third value requested")
    yield 3

a, b = g()
