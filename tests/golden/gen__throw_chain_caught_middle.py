# thrown into a 3-level chain: inner does not catch (its finally runs), middle catches
def inner():
    try:
        yield "inner value"
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    except KeyError as e:
        print("middle caught", repr(e))
        yield "middle recovered"
    yield "middle after"

def outer():
    r = yield from middle()
    print("outer got", r)
    yield "outer after"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
