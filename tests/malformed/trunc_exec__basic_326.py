# exec and compile: running code strings, namespaces, eval-mode compile
ns = {}
exec("x = 2\ny = x * 21", ns)
print(ns["x"], ns["y"])
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), eval("3 * 7"), type(code).__name__)
exec(compile("for i in range(3): print('exec', i)", "<loop>", "exec"))
g = {"v