# the SyntaxError of an imported module, caught: filename, lineno, text
try:
    import _imp_bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(e.filename.rsplit("/", 1)[-1])
import sys
print("_imp_bad_syntax" in sys.modules)
