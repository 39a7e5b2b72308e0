class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e), e.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e))
class ReprErr(ValueError):
    def __repr__(self): return "ReprErr!"
print(repr(ReprErr("x")), str(ReprErr("x")), [ReprErr("y")])
class Hier(LookupError): pass
class Leaf(Hier, KeyError): pass
try:
    raise Leaf("key")
except KeyError as e:
    print("caught as KeyError", type(e).__mro__[1:3], str(e))
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
print(str(Exception()), str(Exception(1)), str(Exception(1, 2)), repr(Exception(1, 2)), repr(Exception()))
class NewErr(Exception):
    def __new__(cls, *args):
        print("NewErr.__new__", args)
        return super().__new__(cls, *args)
try:
    raise NewErr("q")
except NewErr as e:
    print(e.args)
e = Exception("a")
e.args = ("b", "c")
print(e, e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
try:
    raise AppError
except TypeError as e:
    print(type(e).__name__, e)
class KwErr(Exception):
    def __init__(self, *, reason): super().__init__(reason)
print(KwErr(reason="why"))
try:
    Exception(x=1)
except TypeError as e:
    print(type(e).__name__, e)
class StrFails(Exception):
    def __str__(self): raise RuntimeError("bad str")
try:
    str(StrFails())
except RuntimeError as e:
    print(type(e).__name__, e)
print(OSError(2, "No such file").errno, OSError(2, "No such file"), str(OSError(2, "x", "f.txt")))
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
print(StopIteration(5).value, SystemExit(3).code, UnicodeError.__mro__[1].__name__)
