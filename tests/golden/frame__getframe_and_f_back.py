# sys._getframe / f_back walk the live call stack; f_code, f_lineno, f_globals, f_builtins.
import sys

def who():
    return sys._getframe().f_back.f_code.co_name
def caller():
    f = sys._getframe()
    print(f.f_code.co_name, sys._getframe().f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(0) is not None)
    print(f.f_globals is globals(), f.f_builtins["len"] is len, f.f_back.f_back)
    print(repr(f).startswith("<frame at 0x"), repr(f).endswith(", line 10, code caller>"))
    print(type(f).__name__, f.f_lasti >= 0)
    return who()
print(caller())
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def outer():
    return chain()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_locals is globals())
