# an uncaught exception keeps the unwound frames' locals until it has been reported
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f():
    x = D("local of f")
    y = D("second local")
    raise RuntimeError("uncaught")


keep = D("global")
f()
