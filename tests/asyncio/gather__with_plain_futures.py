# gather accepts plain futures and tasks alike; results follow argument order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.02, f1.set_result, "f1")
    loop.call_later(0.01, f2.set_result, "f2")
    t = asyncio.create_task(asyncio.sleep(0.015, result="task"))
    print(await asyncio.gather(f1, t, f2))

asyncio.run(main())
