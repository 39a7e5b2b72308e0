# a class body inside an async def is not a function: "'await' outside function"
async def f():
    class C:
        value = await f()
    return C
