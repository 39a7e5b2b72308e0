# generators and generator expressions built by exec/eval, and yield SyntaxErrors from compile/exec
ns = {}
exec("def g(n):\n    for i in range(n):\n        yield i * i\n", ns)
print(list(ns["g"](4)), ns["g"].__qualname__, ns["g"](1))
y = [1, 2]
print(list(eval("(x + 1 for x in y)")))
try:
    compile("def f():\n    yield from\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    exec("yield 5")
except SyntaxError as e:
    print(e.msg)
g = eval("(i for i in range(3))", {"range": range})
print(sum(g))
def outer():
    z = 10
    return eval("(x + z for x in [1])")
try:
    print(list(outer()))
except NameError as e:
    print("NameError", e)
