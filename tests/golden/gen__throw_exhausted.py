# throwing into an exhausted or closed generator re-raises the exception right away
def g():
    yield 1

it = g()
list(it)
try:
    it.throw(KeyError("late"))
except KeyError as e:
    print("raised", repr(e))
it = g()
next(it)
it.close()
try:
    it.throw(TypeError)
except TypeError as e:
    print("raised", repr(e))
it.throw(RuntimeError("uncaught after close"))
