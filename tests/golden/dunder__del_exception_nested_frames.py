# an exception unwinding several frames: their locals are finalised when it is handled,
# innermost frame first, each frame's locals in order; finally/with blocks re-raise
import contextlib


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def inner(name):
    a = D(name + ":inner-a")
    b = D(name + ":inner-b")
    raise KeyError(name)


def middle(name):
    m = D(name + ":middle")
    inner(name)


def outer(name):
    o = D(name + ":outer")
    middle(name)


try:
    outer("chain")
except KeyError:
    print("handled chain")
print("---")
try:
    try:
        inner("finally")
    finally:
        print("in finally")
except KeyError:
    print("handled after finally")
print("---")


@contextlib.contextmanager
def cm():
    print("enter")
    yield
    print("not reached")


try:
    with cm():
        inner("with")
except KeyError:
    print("handled after with")
print("---")


def catches():
    try:
        middle("function handler")
    except KeyError:
        print("caught in function")
    print("function continues")


catches()
print("end")
