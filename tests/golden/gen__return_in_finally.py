# return inside finally overrides a pending exception and becomes the StopIteration value
def g():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)

def h():
    try:
        yield 1
    finally:
        return "close result"

it = h()
next(it)
print("close ->", it.close())
