# an async set comprehension at module level
s = {x async for x in y}
