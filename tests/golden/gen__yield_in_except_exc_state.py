# a generator paused inside an except block keeps its own "current exception"
import sys

def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]

it = g()
print(next(it))
print("caller sees", sys.exc_info()[0])
try:
    raise ValueError("caller")
except ValueError:
    print(next(it))
    print("caller still handles", sys.exc_info()[0].__name__)
print(next(it))
