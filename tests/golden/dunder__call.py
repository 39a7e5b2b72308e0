class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
a = Adder(2)
print(a(3), a(3, scale=2), callable(a), callable(Adder), callable(3))
print(list(map(a, [1, 2])))
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a(1, bad=2)
except TypeError as e:
    print(type(e).__name__, e)
class NoCall: pass
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
n = NoCall()
n.__call__ = lambda: "instance call"
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
print(n.__call__())
class CallCls:
    __call__ = Adder(100)
print(CallCls()(1))
class Meta(type):
    def __call__(cls, *a):
        return ("intercepted", a)
class X(metaclass=Meta): pass
print(X(1, 2))
class StaticCall:
    @staticmethod
    def __call__(x): return ("static", x)
print(StaticCall()(5))
for v in [1, "s", None, [1], (1,), {}]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
