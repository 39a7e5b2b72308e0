# rebinding the only name of a suspended generator closes the old one before the next statement
def g(n):
    try:
        yield n
    finally:
        print("closing", n)

it = g(1)
next(it)
print("rebinding")
it = g(2)
print("rebound")
next(it)
it = None
print("set to None")
