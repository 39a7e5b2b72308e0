# asyncio.run cancels tasks still pending when main returns; their finally blocks run before run() returns.
# (CPython cancels leftovers in WeakSet order, i.e. by address: only the sorted log is compared.)
import asyncio

log = []

async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at shutdown")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    for n in ("bg1", "bg2", "bg3"):
        asyncio.create_task(background(n))
    await asyncio.sleep(0)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print(len(log))
print("\n".join(sorted(log)))
