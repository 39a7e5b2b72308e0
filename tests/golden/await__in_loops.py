# await inside while/for loops with break/continue keeps loop state across suspensions
import types

@types.coroutine
def tick(n):
    return (yield n)

async def main():
    total = 0
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        total += await tick(i)
        if i >= 6:
            break
    for j in range(3):
        total += await tick(-j)
    return total

c = main()
v = c.send(None)
try:
    while True:
        v = c.send(v * 10)
except StopIteration as e:
    print("total", e.value)
