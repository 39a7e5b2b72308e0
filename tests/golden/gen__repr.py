# repr: <generator object QUALNAME at 0x...>
def gen():
    yield

class K:
    def m(self):
        yield

it = gen()
print(repr(it))
print(str(it))
print(K().m())
print([x for x in [gen()]])
it.__qualname__ = "new.name"
print(it)
print(repr((i for i in [])))
def f():
    return (i for i in [])
print(f())
