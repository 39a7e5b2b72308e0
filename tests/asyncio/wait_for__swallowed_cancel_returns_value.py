# If the inner coroutine swallows the cancellation and returns, wait_for (3.11) returns that value.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring cancel")
    return "stubborn result"

async def main():
    try:
        print("got", await asyncio.wait_for(stubborn(), 0.01))
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
