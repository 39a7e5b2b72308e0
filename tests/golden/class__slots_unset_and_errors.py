# unset slots, deleting them, non-slot attributes and the missing __dict__, with CPython's
# exact AttributeError messages
class P:
    __slots__ = ("x", "y")

    def method(self):
        return "method"


p = P()


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("read unset", lambda: p.x)
attempt("getattr default", lambda: getattr(p, "x", "default"))
attempt("hasattr", lambda: hasattr(p, "y"))
attempt("del unset", lambda: delattr(p, "x"))
p.x = 1
print(p.x)
del p.x
attempt("del twice", lambda: delattr(p, "x"))
attempt("set non-slot", lambda: setattr(p, "z", 3))
attempt("read non-slot", lambda: p.z)
attempt("del non-slot", lambda: delattr(p, "z"))
attempt("set method name", lambda: setattr(p, "method", 3))
attempt("del method name", lambda: delattr(p, "method"))
attempt("__dict__", lambda: p.__dict__)
attempt("vars", lambda: vars(p))
attempt("object.__setattr__", lambda: object.__setattr__(p, "y", 5))
print(p.y, object.__getattribute__(p, "y"))
attempt("object.__delattr__", lambda: object.__delattr__(p, "y"))
attempt("object.__getattribute__ unset", lambda: object.__getattribute__(p, "y"))
print("__weakref__" in dir(p), "x" in dir(p), "__dict__" in dir(p))


class Empty:
    __slots__ = ()


e = Empty()
attempt("empty set", lambda: setattr(e, "a", 1))
attempt("empty __dict__", lambda: e.__dict__)
print(sorted(Empty.__dict__))
try:
    P().x
except AttributeError as err:
    print("args:", err.args)
