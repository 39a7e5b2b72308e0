# async for at module level
async for x in []:
    pass
