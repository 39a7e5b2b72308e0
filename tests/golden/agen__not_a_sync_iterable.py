# async generators are not iterable with for/next
async def g():
    yield 1

a = g()
for action in (lambda: iter(a), lambda: next(a), lambda: list(a), lambda: a.send(None)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
