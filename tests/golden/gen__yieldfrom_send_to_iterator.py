# sending a non-None value into a yield from over an iterator without send(): AttributeError
def g():
    yield from iter([1, 2, 3])

it = g()
print(next(it))
print(it.send(None))
try:
    it.send("value")
except AttributeError as e:
    print(type(e).__name__, e)
print(next(it, "closed"))

class WithSend:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        return "send " + repr(v)

def h():
    yield from WithSend()

it = h()
print(next(it), it.send(5), it.send(None))
