# FrameSummary / StackSummary: tuple-like unpacking, equality, repr, from_list, format_list.
import traceback, sys
fs = traceback.FrameSummary("a.py", 3, "f", line="x = 1")
print(fs, fs.line, list(fs), fs[2], len(fs), fs == ("a.py", 3, "f", "x = 1"))
fn, ln, name, line = fs
print(fn, ln, name, line)
print(fs.end_lineno, fs.colno, fs.end_colno, fs.locals)
print(traceback.format_list([("a.py", 1, "g", "y()"), fs]))
traceback.print_list([("b.py", 2, "h", None)], file=sys.stdout)
ss = traceback.StackSummary.from_list([("a.py", 1, "g", "y()")])
print(type(ss).__name__, ss.format(), isinstance(ss, list))
print(repr(traceback.FrameSummary("nofile.py", 1, "f").line))
print(traceback.FrameSummary("a.py", 1, "f", locals={"x": [1]}).locals)
print(traceback.FrameSummary("a.py", 1, "f") == traceback.FrameSummary("a.py", 1, "f"))
def boom():
    raise OSError(2, "nope")
try:
    boom()
except OSError as e:
    for fn, ln, name, line in traceback.extract_tb(e.__traceback__):
        print(fn == __file__, ln, name, line)
    last = traceback.extract_tb(e.__traceback__)[-1]
    print(last.lineno, last.end_lineno, last.colno, last.end_colno)
