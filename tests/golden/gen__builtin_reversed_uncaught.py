# reversed() of a generator, uncaught
def g():
    yield 1

print(list(reversed(g())))
