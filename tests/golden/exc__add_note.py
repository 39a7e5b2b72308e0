e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.add_note()
except TypeError as ex:
    print(type(ex).__name__, ex)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k:
    print(k.__notes__)
class S(str): pass
e2 = Exception()
e2.add_note(S("sub"))
print(e2.__notes__, type(e2.__notes__[0]).__name__)
import traceback
e3 = RuntimeError("with notes")
e3.add_note("note A")
e3.add_note("note B")
print("".join(traceback.format_exception_only(e3)), end="")
