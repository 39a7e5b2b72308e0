# a module file containing a NUL byte cannot be compiled (no location, as compile(bytes))
try:
    import _imp_nul
except SyntaxError as e:
    print(type(e).__name__, e, e.filename, e.lineno)
import _imp_nul
