import warnings
def my_show(message, category, filename, lineno, file=None, line=None):
    print("show:", message, category.__name__, lineno, file, line)
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("via hook")
warnings.showwarning = old

def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} @ {lineno}\n"
warnings.formatwarning = my_format
import sys
warnings.warn("formatted")
sys.stderr.flush()

class Out:
    def write(self, s):
        print("Out.write:", repr(s))
warnings.showwarning("direct", UserWarning, "x.py", 5, file=Out(), line="abc")
print("end")
