# 'yield' where it is not allowed is a SyntaxError at compile time
sources = [
    "yield 1",
    "class C:\n    yield 1",
    "def f():\n    return [(yield x) for x in range(3)]",
    "def f():\n    return {(yield x) for x in range(3)}",
    "def f():\n    return {k: (yield) for k in range(3)}",
    "def f():\n    return ((yield) for x in range(3))",
    "yield from [1]",
    "async def f():\n    yield from [1]",
    "def f():\n    x = yield = 1",
    "lambda: (yield from x) + [(yield) for y in z]",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
