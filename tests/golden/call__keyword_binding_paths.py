# Keyword calls bound straight from the stack, and every case that falls back to the generic
# binder (errors keep CPython's messages).
def f(a, b=2, *, c=3):
    return (a, b, c)


def g(a, /, b, *, k1=1, k2=2, k3=3, k4=4, k5=5):
    return (a, b, k1, k2, k3, k4, k5)


def h(x, y):
    def inner():
        return x + y
    return inner()


class C:
    def m(self, a, *, scale=10):
        return a * scale


def gen(a, b=1):
    yield a
    yield b


def rec(n, *, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)


print(f(1, c=4), f(a=5, b=6), f(b=7, a=8), f(1, 2, c=9), f(a=0))
print(g(1, b=2), g(1, 2, k5=50, k1=10), g(1, b=2, k4=40, k3=30, k2=20))
print(h(y=2, x=3), C().m(3), C().m(a=4, scale=2), list(gen(b=5, a=6)), rec(100))
m = C().m
print(m(a=2), C.m(C(), 7, scale=3))
for call in (
    lambda: f(1, d=2),
    lambda: f(1, a=2),
    lambda: f(b=2),
    lambda: f(1, 2, 3),
    lambda: g(a=1, b=2),
    lambda: g(1),
    lambda: C().m(scale=1),
    lambda: C().m(1, 2),
    lambda: h(1, x=2),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def kwonly_required(*, must):
    return must


try:
    kwonly_required()
except TypeError as e:
    print("TypeError:", e)
print(kwonly_required(must="ok"))
f.__kwdefaults__ = {"c": "new"}
print(f(1))
f.__defaults__ = (20,)
print(f(a=1))
for bad in ([1], 5):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
f.__kwdefaults__ = None
for call in (lambda: f(1), lambda: f(1, 2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
del f.__defaults__
print(f.__defaults__, f.__kwdefaults__)
