# awaiting the same coroutine twice: the second await raises RuntimeError
async def child():
    return "child value"

async def parent():
    c = child()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    return "parent done"

p = parent()
try:
    p.send(None)
except StopIteration as e:
    print(e.value)
