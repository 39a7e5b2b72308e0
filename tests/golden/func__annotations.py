# function annotations are evaluated at def time and kept in __annotations__
def f(a: int, b: "str" = "x", *args: float, k: list = None, **kw: dict) -> bool:
    return True


def g(x, y):
    pass


print(f.__annotations__)
print(g.__annotations__, f.__dict__, g.__dict__)
g.__annotations__["x"] = 1
print(g.__annotations__)
h = lambda z: z
print(h.__annotations__)


class C:
    def m(self, v: "C") -> None:
        pass


print(C.m.__annotations__)
