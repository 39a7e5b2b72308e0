# repr of coroutine objects: <coroutine object QUALNAME at 0x...>
async def top():
    pass

class Box:
    async def method(self):
        pass

def factory():
    async def inner():
        pass
    return inner

for c in (top(), Box().method(), factory()()):
    print(repr(c))
    print(str(c) == repr(c))
    c.close()
