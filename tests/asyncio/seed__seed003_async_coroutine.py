# From seed 003, "Async Coroutine": printing a coroutine object shows its repr;
# asyncio.run executes it. (The seed sleeps 1 s; 0.1 s keeps the test fast.)
import asyncio


async def coroutine_func():
    print("Welcome to GeekPython.")
    await asyncio.sleep(0.1)
    print("Coroutines in Python.")

cor = coroutine_func()
print(cor)
asyncio.run(cor)
