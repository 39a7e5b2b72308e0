# in 3.11 close() returns None even when the generator returns a value on GeneratorExit
def g():
    try:
        yield 1
    except GeneratorExit:
        print("returning on GeneratorExit")
        return "value"

it = g()
next(it)
print("close ->", it.close())
print(it.gi_frame)
