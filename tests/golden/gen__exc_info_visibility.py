# sys.exc_info() inside a generator: it sees the caller's exception when it handles none itself,
# GeneratorExit in a finally run by close-on-drop, and its own exception across yields
import sys
def g():
    print("start sees", sys.exc_info()[0])
    try:
        yield 1
        print("resumed sees", sys.exc_info()[0])
        yield 2
    finally:
        print("finally sees", sys.exc_info()[0])
try:
    raise KeyError("caller")
except KeyError:
    it = g()
    next(it)
next(it)
try:
    raise IndexError("caller 2")
except IndexError:
    del it
print("outside", sys.exc_info()[0])
def h():
    try:
        raise ValueError("own")
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
it = h()
try:
    raise TypeError
except TypeError:
    print(next(it))
print(next(it))
