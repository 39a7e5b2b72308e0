# Builtin types called directly (the constructor fast path) keep CPython's results and errors.
print(range(3), list(range(2, 9, 3)), range(10**20)[-1], range(-5, 5)[-1])
print(str(), str(12), str(b"ab", "ascii"), int("ff", 16), int("101", base=2), int(3.9))
print(float("1.5"), bool([]), bool([0]), complex(1, 2) if False else "skip")
print(list("ab"), tuple([1, 2]), dict(a=1, b=2), sorted(set("aba")), sorted(frozenset([3, 1])))
print(bytes(3), bytearray(b"x") if False else "skip", type(3).__name__, type(object()).__name__)
print(slice(1, 2), reversed([1, 2]).__class__.__name__, enumerate("a").__class__.__name__)
for call in (lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1, 2, 0),
             lambda: range(x=1), lambda: range(1.5), lambda: int("x"), lambda: int(x=1),
             lambda: str(1, 2, 3, 4), lambda: list(1), lambda: tuple(1, 2), lambda: dict(1),
             lambda: float("abc"), lambda: object(1), lambda: type(1, 2)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class R(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "init ran"
r = R("xy")
print(r, r.tag, isinstance(r, list))
class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)
class M(metaclass=Meta):
    pass
print(M(1, 2))
