# a 10,000-deep recursive yield from chain completes (values, send and the return value)
import sys
sys.setrecursionlimit(20000)

def chain(n):
    if n == 0:
        x = yield "bottom"
        while x is not None:
            x = yield x * 2
        return 0
    r = yield from chain(n - 1)
    return r + 1

g = chain(10000)
print(next(g))
print(g.send(21))
print(g.send(50))
try:
    g.send(None)
except StopIteration as e:
    print("depth", e.value)
