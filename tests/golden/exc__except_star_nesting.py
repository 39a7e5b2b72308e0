def raiser():
    raise ExceptionGroup("eg", [ValueError("v1"), TypeError("t1"), ValueError("v2"), OSError("o")])
try:
    try:
        raiser()
    except* ValueError as g:
        print("ValueError group:", repr(g))
    except* TypeError as g:
        print("TypeError group:", repr(g))
except ExceptionGroup as rest:
    print("unhandled:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g), type(g).__name__)
try:
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("k")]), ValueError("v")])
    except* KeyError as g:
        print("keys:", repr(g))
except* ValueError as g:
    print("outer caught:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise TypeError("new in handler")
except ExceptionGroup as e:
    print("raised in handler:", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), KeyError("b")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* (ValueError, TypeError) as g:
        print("tuple:", repr(g))
        raise g.exceptions[0]
except ExceptionGroup as e:
    print("re-raised member:", repr(e))
def f():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        pass
    return "finished"
print(f())
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MyErr(Exception): pass
try:
    raise ExceptionGroup("many", [MyErr(i) for i in range(3)])
except* MyErr as g:
    print([str(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as g:
        try:
            raise TypeError(2)
        except TypeError:
            print("inner try inside except* ok")
        raise KeyError(3) from None
except ExceptionGroup as e:
    print(repr(e), e.exceptions[0].__suppress_context__)
