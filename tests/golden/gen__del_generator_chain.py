# dropping the outer generator of a yield from chain closes the whole chain, innermost first
def inner():
    try:
        yield "x"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

it = outer()
next(it)
print("drop")
del it
print("done")
