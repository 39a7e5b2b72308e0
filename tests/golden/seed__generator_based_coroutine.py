# From seed 004: before async/await, "a coroutine could suspend and execute another coroutine
# via the yield from expression" (PEP 380, Python 3.4). Without asyncio's removed decorator,
# a tiny event loop drives generator-based coroutines that yield from a sleep sub-coroutine.
def sleep(ticks, result=None):
    for _ in range(ticks):
        yield "sleeping"
    return result

def custom_coro(name, ticks):
    print(name, "start")
    # suspend and execute another coroutine
    value = yield from sleep(ticks, result=name.upper())
    print(name, "woke up with", value)
    return value

def run_all(*coros):
    results = {}
    pending = list(coros)
    while pending:
        coro = pending.pop(0)
        try:
            coro.send(None)
            pending.append(coro)
        except StopIteration as e:
            results[e.value] = True
    return list(results)

print(run_all(custom_coro("a", 2), custom_coro("b", 1)))
