# gi_yieldfrom is the object being delegated to, or None
def sub():
    yield 1
    yield 2

def g():
    yield 0
    s = sub()
    yield from s
    yield 3
    yield from [4]

it = g()
print(it.gi_yieldfrom)
next(it)
print(it.gi_yieldfrom)
next(it)
print(type(it.gi_yieldfrom).__name__, it.gi_yieldfrom.__name__)
next(it)
next(it)
print(it.gi_yieldfrom)
next(it)
print(type(it.gi_yieldfrom).__name__)
list(it)
print(it.gi_yieldfrom)
