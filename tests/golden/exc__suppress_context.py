def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("cause") from KeyError("k")
except ValueError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from IndexError
except ValueError as e:
    show(e)
e = ValueError()
print(e.__suppress_context__, e.__cause__, e.__context__, e.__traceback__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = "s"
except TypeError as ex:
    print(type(ex).__name__, ex)
# self-referential contexts are broken
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise k
except KeyError as k2:
    print(k2.__context__)
