# traceback.print_exc / format_exc / print_exception(e) inside an except block match the
# interpreter's report (carets included).
import traceback

def inner(x):
    return 1 / x

def outer():
    return inner(0)

try:
    outer()
except Exception as e:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s, end="")
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__)
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format()), end="")
    te.print()
