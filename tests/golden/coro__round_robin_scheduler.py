# a round-robin scheduler interleaving several coroutines that yield control via a types.coroutine
import types
from collections import deque

@types.coroutine
def switch():
    yield

async def worker(name, n):
    total = 0
    for i in range(n):
        print(name, "step", i)
        total += i
        await switch()
    return f"{name}={total}"

def run(*coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(c)
    return results

print(run(worker("a", 3), worker("b", 1), worker("c", 2)))
