# gi_suspended: True only while paused at a yield
def g():
    print("running, suspended =", it.gi_suspended)
    yield 1

it = g()
print("created:", it.gi_suspended)
next(it)
print("paused:", it.gi_suspended)
list(it)
print("finished:", it.gi_suspended)
