# a generator with no handled exception of its own sees its resumer's, even after leaving its
# own except block (CPython chains the generator's exc_state to the resumer's)
import sys
def g():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
it = g()
try:
    raise KeyError("k1")
except KeyError:
    print(next(it))
print(next(it), repr(sys.exc_info()[1]))
try:
    raise IndexError("i")
except IndexError:
    print(next(it))
def w():
    with open("/dev/null") as f:
        try:
            yield 1
        except ZeroDivisionError:
            yield repr(sys.exc_info()[1])
    yield "after with"
x = w(); next(x)
print(x.throw(ZeroDivisionError("z")))
print(next(x))
import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g()
print(repr(next(it)))
print(repr(sys.exc_info()[1]))
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(it)))
    print(repr(sys.exc_info()[1]))
    print(repr(next(it)))
