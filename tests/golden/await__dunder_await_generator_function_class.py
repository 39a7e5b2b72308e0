# a class whose __await__ is itself a generator function; await value from its return
class Fut:
    def __init__(self):
        self.result = None

    def __await__(self):
        while self.result is None:
            yield self
        return self.result

async def consumer(f):
    print("waiting")
    v = await f
    print("got", v)
    return v * 2

f = Fut()
c = consumer(f)
print(c.send(None) is f)
print(c.send(None) is f)
f.result = 21
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
