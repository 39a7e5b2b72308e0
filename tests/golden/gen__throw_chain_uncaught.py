# thrown into a 3-level chain and caught nowhere: the traceback lists every level
def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def middle():
    yield from inner()

def outer():
    yield from middle()

g = outer()
next(g)
g.throw(ValueError("nobody catches this"))
