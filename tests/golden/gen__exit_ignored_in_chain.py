# a generator that ignores GeneratorExit when closed at interpreter exit: the report has no
# source lines (CPython can no longer read them while shutting down)
def g():
    try:
        yield 1
    finally:
        yield 2

def outer():
    yield from g()

it = outer()
next(it)
print("end of script")
