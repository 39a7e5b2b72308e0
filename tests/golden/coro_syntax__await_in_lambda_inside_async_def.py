# a lambda inside an async def is not async: "'await' outside async function"
async def f():
    g = lambda: await x
    return g
