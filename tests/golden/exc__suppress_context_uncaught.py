def inner():
    raise KeyError("inner")
def outer():
    try:
        inner()
    except KeyError as e:
        err = RuntimeError("outer")
        err.__cause__ = e
        err.__suppress_context__ = True
        raise err from None
try:
    outer()
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        e = ValueError("with context shown")
        e.__suppress_context__ = False
        raise e from None
except ValueError as e:
    e.__suppress_context__ = False
    e.__cause__ = None
    ex = e
import traceback
traceback.print_exception(ex)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second") from None
except ValueError as e:
    e.__suppress_context__ = False
    raise
