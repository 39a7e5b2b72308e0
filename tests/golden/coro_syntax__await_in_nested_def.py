# a plain def nested in an async def cannot await
async def outer():
    def inner():
        await outer()
    return inner
