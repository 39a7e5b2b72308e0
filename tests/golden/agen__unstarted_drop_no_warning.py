# an unstarted async generator dropped: no warning, no finally
async def g():
    try:
        yield 1
    finally:
        print("never")

a = g()
del a
print("no output from the drop")
