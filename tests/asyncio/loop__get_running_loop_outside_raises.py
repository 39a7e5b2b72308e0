# get_running_loop() outside a coroutine raises RuntimeError (uncaught here).
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("caught:", e)
print(asyncio._get_running_loop())
asyncio.get_running_loop()
