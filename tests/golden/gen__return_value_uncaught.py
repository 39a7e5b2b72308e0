# an uncaught StopIteration carrying a return value prints it
def g():
    yield 1
    return 5

it = g()
print(next(it))
next(it)
