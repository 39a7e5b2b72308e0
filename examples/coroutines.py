# Coroutines without an event loop: `async def` functions are driven by hand with send(),
# the way an event loop drives them. A tiny round-robin scheduler runs three tasks that
# `await` a "yield to the scheduler" awaitable, an async generator feeds an `async for`,
# and an async context manager brackets the work.
import types


@types.coroutine
def switch():
    """Suspend the running coroutine: the scheduler gets control (what asyncio.sleep(0) does)."""
    yield


async def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        n -= 1
        await switch()
    return f"{name} done"


async def ticks(limit):
    # An async generator: `yield` hands values to `async for`, `await` suspends the task.
    for i in range(limit):
        await switch()
        yield i * i


class Section:
    def __init__(self, title):
        self.title = title

    async def __aenter__(self):
        print(f"[{self.title}]")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"[/{self.title}] {'ok' if exc_type is None else exc_type.__name__}")
        return False


async def squares():
    async with Section("squares"):
        total = 0
        async for sq in ticks(4):
            print("square", sq)
            total += sq
    return total


def run_all(*coros):
    """Round-robin: resume each coroutine until it returns; collect results in finishing order."""
    ready = list(coros)
    results = []
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as stop:
            results.append(stop.value)
        else:
            ready.append(coro)
    return results


print(run_all(countdown("a", 3), countdown("b", 1), squares()))

# A coroutine object is not an iterator, and a finished one cannot be resumed.
c = countdown("c", 0)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(run_all(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
