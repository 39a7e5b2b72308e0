# create_task outside a running loop: RuntimeError "no running event loop" (coroutine never awaited).
import asyncio

async def f():
    pass

c = f()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
