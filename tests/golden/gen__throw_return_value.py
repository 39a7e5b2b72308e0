# a generator that catches a thrown exception and returns: throw() raises StopIteration(value)
def g():
    try:
        yield 1
    except ValueError:
        return "cleaned up"

it = g()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)

def h():
    try:
        yield 1
    except ValueError:
        pass
    print("after handler")

it = h()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
