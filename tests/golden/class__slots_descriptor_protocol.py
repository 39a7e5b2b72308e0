# member_descriptor objects: the descriptor protocol called directly, their attributes and
# the errors CPython 3.11 raises for misuse
import types


class C:
    __slots__ = ("a", "b")


class Other:
    __slots__ = ("a",)


c = C()
m = C.__dict__["a"]
print(type(m).__name__, type(m) is types.MemberDescriptorType, m is C.a)
print(repr(m), m.__name__, m.__qualname__, m.__objclass__.__name__, m.__doc__)
m.__set__(c, 10)
print(m.__get__(c), m.__get__(c, C), m.__get__(c, None), c.a)
print(m.__get__(None, C) is m)
m.__delete__(c)
print(hasattr(c, "a"))


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("get unset", lambda: m.__get__(c))
attempt("delete unset", lambda: m.__delete__(c))
attempt("get wrong type", lambda: m.__get__(1))
attempt("set wrong type", lambda: m.__set__("s", 2))
attempt("delete wrong type", lambda: m.__delete__([]))
attempt("other class's slot", lambda: m.__get__(Other()))
attempt("other set", lambda: Other.a.__set__(c, 1))
attempt("get no args", lambda: m.__get__())
attempt("get None None", lambda: m.__get__(None))
attempt("get None None 2", lambda: m.__get__(None, None))
attempt("get too many", lambda: m.__get__(c, C, 1))
attempt("set one arg", lambda: m.__set__(c))
attempt("delete no args", lambda: m.__delete__())
attempt("instantiate", lambda: type(m)())
attempt("new attr", lambda: setattr(m, "x", 1))
print(m == C.a, m != C.b, hash(m) == hash(C.a))
print(type(C.b).__name__, sorted(k for k in vars(C) if not k.startswith("__")))
