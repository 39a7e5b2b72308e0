# __notes__ lines, a failing __str__, empty messages and classes outside builtins.
import traceback

e = ValueError("x")
e.add_note("note one\nsecond")
e.add_note("n2")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
class Bad(Exception):
    def __str__(self): raise TypeError
print(traceback.format_exception_only(Bad()))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(KeyError("k")))
class Local(Exception):
    pass
Local.__module__ = "pkg.mod"
print(traceback.format_exception_only(Local("here")))
e2 = TypeError("t")
e2.__notes__ = "not a list"
print(traceback.format_exception_only(e2))
