# generator state seen from a finally block during close(), for genexps, after a throw into a
# fresh generator, along a yield from chain and after an error
import inspect
def g():
    try:
        yield 1
    finally:
        print("in finally:", inspect.getgeneratorstate(it), it.gi_running, it.gi_suspended, it.gi_frame is not None)
it = g()
next(it)
it.close()
print("after:", inspect.getgeneratorstate(it))
ge = (x for x in [1, 2])
print(inspect.getgeneratorstate(ge), inspect.isgenerator(ge))
next(ge)
print(inspect.getgeneratorstate(ge))
list(ge)
print(inspect.getgeneratorstate(ge))
def h():
    yield
x = h()
try:
    x.throw(ValueError)
except ValueError:
    pass
print(inspect.getgeneratorstate(x))
def sub():
    yield 1
def d():
    yield from sub()
y = d(); next(y)
print(inspect.getgeneratorstate(y), inspect.getgeneratorstate(y.gi_yieldfrom))
def err():
    yield 1
    raise ValueError
z = err(); next(z)
try: next(z)
except ValueError: pass
print(inspect.getgeneratorstate(z), z.gi_frame, z.gi_running, z.gi_suspended)
