# gi_running is True only while the generator's own code runs
def g():
    print("inside: running =", it.gi_running)
    yield 1
    print("inside again: running =", it.gi_running)
    yield 2

it = g()
print("before:", it.gi_running)
next(it)
print("suspended:", it.gi_running)
next(it)
list(it)
print("after:", it.gi_running)
