# awaiting non-awaitables: "object T can't be used in 'await' expression"
class Plain:
    pass

async def wait_for(x):
    return await x

for obj in (1, None, "s", [1], 2.5, Plain(), len):
    c = wait_for(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
