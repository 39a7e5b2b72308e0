# an exception from a nested awaited coroutine, uncaught: traceback through each await line
async def leaf(x):
    return 10 // x

async def middle(x):
    return await leaf(x) + 1

async def top():
    print("start")
    return await middle(0)

top().send(None)
