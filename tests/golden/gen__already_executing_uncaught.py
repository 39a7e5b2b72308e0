# the re-entry error propagates out of the generator: traceback shows both frames
def g():
    yield 1
    yield next(it)

it = g()
print(next(it))
print(next(it))
