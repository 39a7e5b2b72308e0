# an exception raised by finally while a dropped generator closes is reported, not raised
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

it = g()
next(it)
print("before")
it = None
print("after: execution continues")
