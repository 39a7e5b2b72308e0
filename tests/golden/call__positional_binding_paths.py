# Positional calls bound from the stack: defaults, keyword-only defaults, *args (functions and
# methods), and every error the generic binder reports.
def f(a, b=2, c=3):
    return (a, b, c)
def g(*xs):
    return xs
def h(a, b=5, *rest, k=7):
    return (a, b, rest, k)
def cell(a, b=1):
    return lambda: a + b
class C:
    def m(self, a, b=2):
        return (a, b)
    def v(self, *xs):
        return xs
    @staticmethod
    def s(a, b=9):
        return (a, b)
print(f(1), f(1, 5), f(1, 5, 6), g(), g(1), g(1, 2, 3), h(1), h(1, 2, 3, 4), cell(3)())
c = C()
print(c.m(1), c.m(1, 3), c.v(), c.v(1, 2), c.s(4), C.s(4, 5), C.m(c, 0))
print(g() == (), type(g()))
for call in (lambda: f(), lambda: f(1, 2, 3, 4), lambda: c.m(), lambda: c.m(1, 2, 3),
             lambda: h(), lambda: C.m(c)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def kw_only(a, *, k):
    return (a, k)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(500))
