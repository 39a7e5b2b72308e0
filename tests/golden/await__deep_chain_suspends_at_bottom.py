# a 10,000-deep await chain that suspends at the bottom: values pass through every level both ways
import sys
import types
sys.setrecursionlimit(20000)

@types.coroutine
def ask(q):
    return (yield q)

async def level(n):
    if n == 0:
        first = await ask("bottom 1")
        second = await ask("bottom 2")
        return first + second
    return await level(n - 1) + 1

c = level(10000)
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print(e.value)
