# compile() of bad source raises SyntaxError that can be caught and inspected
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
