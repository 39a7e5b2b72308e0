# a generator that yields after GeneratorExit: close() raises RuntimeError
def stubborn():
    n = 0
    while n < 2:
        n += 1
        try:
            yield "alive"
        except GeneratorExit:
            print("ignoring GeneratorExit")

it = stubborn()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(it.gi_suspended, list(it))
