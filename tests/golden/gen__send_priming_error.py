# send(non-None) to a just-started generator is a TypeError; the generator is still usable
def g():
    x = yield 1
    print("got", x)
    yield 2

it = g()
for bad in (0, "", [], False):
    try:
        it.send(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(it.send(None))
print(it.send("hello"))
