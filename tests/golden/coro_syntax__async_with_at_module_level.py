# async with at module level
async with open("x") as f:
    pass
