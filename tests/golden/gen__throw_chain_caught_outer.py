# thrown into a 3-level chain: inner and middle unwind (finally, in order), outer catches
def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    except IndexError as e:
        print("outer caught", e)
        return "outer result"

g = outer()
print(next(g))
try:
    g.throw(IndexError("deep"))
except StopIteration as e:
    print("StopIteration", e.value)
print(g.gi_frame is None, g.gi_yieldfrom)
