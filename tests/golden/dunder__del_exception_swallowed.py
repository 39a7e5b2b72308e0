# exceptions that native code swallows (hasattr, getattr with a default, next with a
# default, iteration's StopIteration) release the raising frames' locals right away
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class A:
    def __getattr__(self, name):
        z = D("getattr " + name)
        raise AttributeError(name)


print(hasattr(A(), "q"))
print("after hasattr")
print(getattr(A(), "r", "default"))
print("after getattr")


def it():
    d = D("generator local")
    yield 1


g = it()
print(next(g), next(g, "exhausted"))
print("after next")


def loop():
    for i in range(3):
        try:
            z = D(f"iteration {i}")
            del z
            raise ValueError(i)
        except ValueError:
            w = D(f"handler {i}")
        print("iter", i)


loop()
print("end")
