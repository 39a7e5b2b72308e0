# a context manager that suppresses GeneratorExit then lets the generator yield again
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("suppressing", typ.__name__)
        return True

def g():
    with Suppress():
        yield 1
    print("after with")
    yield 2

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def h():
    with Suppress():
        yield 1
    print("after with, returning")

it = h()
next(it)
print("close ->", it.close())
