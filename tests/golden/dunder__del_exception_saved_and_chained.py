# locals of frames an exception unwound live as long as the exception (its traceback holds
# the frames): a saved exception, a chained __context__/__cause__, sys.exc_info()
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f(name):
    x = D(name)
    raise ValueError(name)


saved = None
try:
    f("saved")
except ValueError as e:
    saved = e
    print("handler end")
print("after handler")
saved = None
print("cleared saved")

try:
    try:
        f("context")
    except ValueError:
        raise KeyError("k")
except KeyError as e:
    print("caught KeyError, context:", repr(e.__context__))
print("after context")

try:
    try:
        f("cause")
    except ValueError as inner:
        raise KeyError("k2") from inner
except KeyError as e:
    kept = e
print("kept the outer exception")
del kept
print("dropped it")

try:
    f("exc_info")
except ValueError:
    info = sys.exc_info()
    print("got exc_info")
print("after exc_info handler")
del info
print("end")
