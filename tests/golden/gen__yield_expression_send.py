# x = yield v: send() resumes the generator with a value; next() sends None
def echo():
    received = []
    x = yield "ready"
    while x is not None:
        received.append(x)
        x = yield f"got {x}"
    return received

g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.send([3]))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
