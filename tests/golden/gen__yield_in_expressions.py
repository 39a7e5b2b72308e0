# yield as an expression inside larger expressions, call arguments and displays
def g():
    a = (yield 1) + 10
    print("a", a)
    b = [(yield 2), (yield 3)]
    print("b", b)
    print("call", (yield 4), (yield 5))
    c = {"k": (yield 6)}
    print("c", c)
    return (yield 7) * 2

it = g()
print(next(it))
out = []
try:
    v = 100
    while True:
        out.append(it.send(v))
        v += 1
except StopIteration as e:
    print("result", e.value)
print(out)
