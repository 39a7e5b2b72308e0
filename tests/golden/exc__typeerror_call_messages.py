def f(a, b): pass
def g(a, b=1, *, c): pass
def h(*, k): pass
def p(a, /, b): pass
def v(*args, **kw): pass
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
    def __init__(self, q): pass
tests = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, b=3), lambda: f(1, 2, z=3),
    lambda: g(1), lambda: g(1, 2, 3), lambda: g(), lambda: h(1), lambda: h(), lambda: h(k=1, j=2),
    lambda: p(a=1, b=2), lambda: p(1), lambda: C(), lambda: C(1, 2), lambda: C(1).m(), lambda: C(1).m(1, 2),
    lambda: C.m(1), lambda: C.cm(), lambda: C.sm(), lambda: C(1).m(x=1, y=2), lambda: f(**{1: 2}),
    lambda: f(*5), lambda: f(**[]), lambda: f(1, **{"a": 2}), lambda: (lambda: 0)(1),
    lambda: (lambda x, *, y: 0)(1), lambda: f(a=1, a2=1, b=2), lambda: len(), lambda: len(1, 2),
    lambda: abs(x=1), lambda: isinstance(1), lambda: int(1, 2, 3), lambda: "s".split(1),
    lambda: [].append(), lambda: {}.get(), lambda: sorted([1], key=1, foo=2), lambda: object(1),
    lambda: print(sep=1), lambda: divmod(1), lambda: getattr(), lambda: max(), lambda: min(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
def kwo(*, a, b, c): pass
try:
    kwo()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwo(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def defaults(a, b=2, c=3): pass
try:
    defaults(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaults()
except TypeError as e:
    print(type(e).__name__, e)
def kwdef(a, *, b=1): pass
try:
    kwdef(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwdef(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwdef(1, 2, b=5)
except TypeError as e:
    print(type(e).__name__, e)
