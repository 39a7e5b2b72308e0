# an exception other than GeneratorExit raised while closing propagates out of close()
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

it = g()
next(it)
try:
    it.close()
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
print(next(it, "closed"))

def h():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("swallowed?")

it = h()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
