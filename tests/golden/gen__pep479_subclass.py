# subclasses of StopIteration are converted too; other exceptions pass through unchanged
class MyStop(StopIteration):
    pass

def g(exc):
    yield 0
    raise exc

for exc in (MyStop("m"), ValueError("v"), KeyError("k")):
    it = g(exc)
    next(it)
    try:
        next(it)
    except Exception as e:
        print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)
