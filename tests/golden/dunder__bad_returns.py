class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return None
class L:
    def __len__(self): return "x"
class H:
    def __hash__(self): return 1.5
class I:
    def __iter__(self): return [1]
class N:
    def __next__(self): return 1
    def __iter__(self): return self
class B:
    def __bool__(self): return "yes"
class Idx:
    def __index__(self): return 1.5
class Fl:
    def __float__(self): return "f"
class In:
    def __int__(self): return 2.5
class C:
    def __contains__(self, x): return []
class Init:
    def __init__(self): return 1
class Len2:
    def __len__(self): return -5
class Abs:
    def __abs__(self): return "abs ok"
class Ne:
    def __eq__(self, o): return "truthy"
tests = [
    lambda: repr(R()), lambda: str(R()), lambda: str(S()), lambda: len(L()), lambda: hash(H()),
    lambda: iter(I()), lambda: bool(B()), lambda: [0, 1][Idx()], lambda: float(Fl()), lambda: int(In()),
    lambda: 1 in C(), lambda: Init(), lambda: len(Len2()), lambda: abs(Abs()), lambda: Ne() != 1,
    lambda: Ne() == 1, lambda: next(N()), lambda: list(zip(N(), range(2))), lambda: f"{R()!r}",
    lambda: print(R()), lambda: "%s" % S(), lambda: "%r" % R(), lambda: format(S(), ""),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
