# a generator function's code is flagged as a generator (CO_GENERATOR = 0x20)
def g():
    yield

def f():
    return 1

def only_in_dead_code():
    if False:
        yield

print(bool(g.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
print(bool(only_in_dead_code.__code__.co_flags & 0x20), list(only_in_dead_code()))
print(bool((lambda: (yield)).__code__.co_flags & 0x20))
