# Exception groups are boxed with numbered sub-exceptions, nested groups indented, width and
# depth limits honoured.
import traceback

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)

def f1(): raise ValueError("v1")
def f2(): raise TypeError("t2")
def group():
    errs = []
    for f in (f1, f2):
        try:
            f()
        except Exception as e:
            errs.append(e)
    raise ExceptionGroup("many", errs)

try:
    group()
except ExceptionGroup as eg:
    traceback.print_exc()
    print(traceback.format_exception(eg))
    buf = Buf()
    traceback.print_exception(eg, file=buf)
    print(''.join(buf.parts) == traceback.format_exc())

try:
    try:
        group()
    except* ValueError:
        raise RuntimeError("handler") from None
except Exception:
    traceback.print_exc()

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), TypeError(3)])])
traceback.print_exception(nested)
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
traceback.print_exception(wide)
te = traceback.TracebackException.from_exception(nested, max_group_width=1, max_group_depth=1)
print(''.join(te.format()))
print(len(te.exceptions), te.exceptions[1].exceptions[0].exc_type.__name__)
