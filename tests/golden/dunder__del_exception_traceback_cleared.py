# clearing an exception's traceback frees the unwound frames at once
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f(name):
    x = D(name)
    raise ValueError(name)


try:
    f("tb = None")
except ValueError as e:
    e.__traceback__ = None
    print("traceback cleared")
print("---")
try:
    f("with_traceback(None)")
except ValueError as e:
    r = e.with_traceback(None)
    print("with_traceback done", r is e)
print("---")
try:
    f("tb replaced by itself")
except ValueError as e:
    e.__traceback__ = e.__traceback__
    print("traceback kept")
print("end")
