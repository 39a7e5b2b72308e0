# close() of a suspended coroutine raises GeneratorExit at the await and runs finally
import types

@types.coroutine
def pause():
    yield "p"

async def f():
    try:
        print("before await")
        await pause()
        print("never")
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")

c = f()
print(c.send(None))
print("close returns", c.close())
print("close again", c.close())
