# Awaiting an already-done future returns at once: Future.__await__ does not yield when done.
import asyncio

async def other():
    print("other runs")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done already")
    asyncio.create_task(other())
    print("before await")
    print(await f)
    print("after await (no yield happened)")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
