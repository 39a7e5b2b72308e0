# Chained exceptions: "direct cause" and "During handling" separators, chain=False, and
# the TracebackException chain attributes.
import traceback

class MyErr(Exception):
    pass

def a():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("bad") from e

def b():
    try:
        a()
    except ValueError:
        raise MyErr("wrapped")

try:
    b()
except Exception as e:
    print(traceback.format_exception(e))
    traceback.print_exception(e, chain=False)
    traceback.print_exc(chain=False)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, te.__cause__, te.__context__.exc_type.__name__,
          te.__context__.__cause__.exc_type.__name__, te.__context__.__suppress_context__)
    print(str(te), len(te.stack), te.stack[0].name)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError:
    traceback.print_exc()
