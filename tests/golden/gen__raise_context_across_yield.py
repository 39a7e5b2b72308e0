# an exception raised in a generator gets as __context__ the exception it was handling
def g():
    try:
        raise KeyError("first")
    except KeyError:
        yield 1
        raise ValueError("second")

it = g()
next(it)
try:
    next(it)
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    raise IndexError("caller's")
except IndexError:
    def h():
        yield 1
        raise TypeError("in h")
    it = h()
    next(it)
    try:
        next(it)
    except TypeError as e:
        print(repr(e), repr(e.__context__))
