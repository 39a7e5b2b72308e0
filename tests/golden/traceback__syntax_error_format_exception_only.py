# SyntaxError through format_exception_only: file/line header, the text, carets from
# offset/end_offset, and the missing-detail forms.
import traceback

try:
    compile("x = (1,\n  2", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile("a b", "f.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(e)
try:
    exec("def f():\n  x\n    y")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("msg")))
print(traceback.format_exception_only(SyntaxError("msg", ("file.py", 3, 5, "  foo bar\n", 3, 8))))
print(traceback.format_exception_only(SyntaxError("m", ("file.py", None, None, None))))
print(traceback.format_exception_only(SyntaxError("", ("file.py", 1, 2, "\tab\n"))))
print(traceback.format_exception_only(IndentationError("unexpected indent", ("x.py", 2, 4, "   y = 1\n", 2, -1))))
