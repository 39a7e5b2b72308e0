# an async list comprehension inside a plain def
def f(ag):
    return [x async for x in ag]
