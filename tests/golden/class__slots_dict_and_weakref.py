# '__dict__' and '__weakref__' in __slots__: instances get a __dict__ that does not hold the
# slot values; the class dict gets those descriptors; repeating them is an error
class W:
    __slots__ = ("x", "__dict__")


w = W()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__, vars(w))
print(list(W.__dict__))
w.__dict__ = {"q": 3}
print(w.q, w.x, w.__dict__)
w.__dict__["r"] = 4
print(w.r, sorted(vars(w)))
del w.x
print(hasattr(w, "x"), w.__dict__)


class R:
    __slots__ = ("__weakref__", "v")


r = R()
r.v = 1
print(list(R.__dict__), r.__weakref__, hasattr(r, "__dict__"))


class Both:
    __slots__ = "__dict__", "__weakref__"


b = Both()
b.anything = 5
print(b.__dict__, list(Both.__dict__))


class Sub(W):
    __slots__ = ("z",)


s = Sub()
s.x, s.z, s.free = 1, 2, 3
print(s.__dict__, list(Sub.__dict__))


class Plain(R):
    pass


pl = Plain()
pl.v = 9
pl.w = 10
print(pl.__dict__, "__weakref__" in Plain.__dict__, "__dict__" in Plain.__dict__)


def attempt(label, body):
    try:
        exec(body, {"W": W, "R": R, "Plain": Plain})
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("dict twice", "class X:\n    __slots__ = ('__dict__', '__dict__')")
attempt("weakref twice", "class X:\n    __slots__ = ('__weakref__', '__weakref__')")
attempt("dict over dict base", "class X(W):\n    __slots__ = ('__dict__',)")
attempt("dict over plain base", "class X(Plain):\n    __slots__ = ('__dict__',)")
attempt("weakref over weakref base", "class X(R):\n    __slots__ = ('__weakref__',)")
attempt("weakref over plain base", "class X(Plain):\n    __slots__ = ['__weakref__']")
attempt("dict over slotted base", "class X(R):\n    __slots__ = ['__dict__']")
