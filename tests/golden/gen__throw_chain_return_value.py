# inner catches a thrown exception and returns: the value is middle's yield from result
def inner():
    try:
        yield "i"
    except ValueError:
        return "inner handled it"

def middle():
    r = yield from inner()
    print("middle got", r)
    r2 = yield "m"
    return ("middle", r2)

def outer():
    r = yield from middle()
    print("outer got", r)
    yield "o"

g = outer()
print(next(g))
print(g.throw(ValueError))
print(g.send("to middle"))
print(list(g))
