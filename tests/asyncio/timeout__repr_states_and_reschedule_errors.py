# Timeout reprs in every state (created, active, expired, finished) and reschedule's errors.
import asyncio

async def main():
    t = asyncio.timeout(1.23456)
    print(repr(t), t.when() is not None, t.expired())
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t as cm:
        print(repr(cm).replace(str(round(cm.when(), 3)), "W"))
        cm.reschedule(None)
        print(repr(cm), cm.when())
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), repr(e.__cause__))
    print(repr(cm2), cm2.expired())
    try:
        cm2.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(asyncio.timeout_at(None)))
    async with asyncio.timeout(None) as cm3:
        print(repr(cm3))
    try:
        async with asyncio.timeout(-1) as c4:
            print(repr(c4).split()[1])
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay expires:", repr(c4))

asyncio.run(main())
