# __slots__ with builtin bases: nonempty slots are refused for variable-size types (int,
# tuple, bytes), allowed for list/dict/str subclasses and exceptions
def attempt(label, body):
    try:
        exec(body, {})
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("int", "class X(int):\n    __slots__ = ('a',)")
attempt("tuple", "class X(tuple):\n    __slots__ = ('a',)")
attempt("bytes", "class X(bytes):\n    __slots__ = ('a',)")
attempt("tuple __dict__", "class X(tuple):\n    __slots__ = ('__dict__',)")
attempt("tuple __weakref__", "class X(tuple):\n    __slots__ = ('__weakref__',)")
attempt("bool", "class X(int):\n    __slots__ = ()\nclass Y(X):\n    __slots__ = ('b',)")
attempt("empty int", "class X(int):\n    __slots__ = ()\nX(3).y = 1")
attempt("empty tuple", "class X(tuple):\n    __slots__ = ()\nprint(X((1, 2)), hasattr(X(), '__dict__'))")
attempt("items not str", "class X:\n    __slots__ = ('a', 3)")
attempt("not identifier", "class X:\n    __slots__ = ('a b',)")
attempt("conflict", "class X:\n    __slots__ = ('a',)\n    a = 1")
attempt("not iterable", "class X:\n    __slots__ = 5")


class L(list):
    __slots__ = ("tag",)


lst = L([3, 1, 2])
lst.tag = "t"
lst.sort()
print(lst, lst.tag, len(lst), hasattr(lst, "__dict__"), type(L.tag).__name__)
try:
    lst.other = 1
except AttributeError as e:
    print(type(e).__name__, e)


class S(str):
    __slots__ = ("meta",)


s = S("abc")
s.meta = {"k": 1}
print(s.upper(), s.meta, s + "d")


class E(Exception):
    __slots__ = ("code",)


e = E("boom")
e.code = 7
print(e, e.code, e.args, type(E.code).__name__)
try:
    raise e
except E as caught:
    print("caught", caught.code)
e.note = "free"
print(e.__dict__, vars(e), e.code)
del e.code
try:
    e.code
except AttributeError as err:
    print(type(err).__name__, err)


class FreeList(L):
    pass


fl = FreeList([1])
fl.tag = "slot"
fl.extra = "dict"
print(fl.__dict__, fl.tag, fl)
