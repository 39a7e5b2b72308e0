# exception thrown into a 3-level yield from chain, caught by the innermost generator
def inner():
    while True:
        try:
            yield "inner value"
        except ValueError as e:
            print("inner caught", e)
            yield "inner recovered"

def middle():
    print("middle start")
    r = yield from inner()
    print("middle never", r)

def outer():
    r = yield from middle()
    print("outer never", r)

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(ValueError, "v2"))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
