# inspect.getgeneratorstate: the four states
import inspect

def g():
    print("inside:", inspect.getgeneratorstate(it))
    yield 1
    yield 2

it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
list(it)
print(inspect.getgeneratorstate(it))
it = g()
it.close()
print(inspect.getgeneratorstate(it))
it = g()
next(it)
it.close()
print(inspect.getgeneratorstate(it))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
