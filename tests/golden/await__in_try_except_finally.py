# await inside try/except/else/finally, each clause awaiting
async def val(x):
    return x

async def fail(msg):
    raise ValueError(msg)

async def main():
    try:
        await fail("first")
    except ValueError as e:
        print("except", e, await val("in handler"))
    else:
        print("no else")
    finally:
        print("finally", await val("in finally"))
    try:
        r = await val(1)
    except ValueError:
        pass
    else:
        print("else", r + await val(1))
    try:
        return await val("returned")
    finally:
        print("finally before return", await val("x"))

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
