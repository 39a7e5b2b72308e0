# From seed 003, "Async Coroutine": printing a coroutine object shows its repr.
# Event-loop free variant: the seed's asyncio.sleep(1) is replaced by awaiting a
# coroutine that does not suspend, and a drive() loop runs it instead of
# asyncio.run (the original is tests/pending/asyncio/seed__seed003_async_coroutine.py).
async def pause():
    return None


async def coroutine_func():
    print("Welcome to GeekPython.")
    await pause()
    print("Coroutines in Python.")

cor = coroutine_func()
print(cor)
while True:
    try:
        cor.send(None)
    except StopIteration:
        break
