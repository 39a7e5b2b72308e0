# Timeout repr and the state machine: reschedule after exit raises RuntimeError.
import asyncio

async def main():
    async with asyncio.timeout(1) as cm:
        print(repr(cm).split(" when=")[0])
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
