# once exhausted, a generator keeps raising StopIteration (no value) for next and send
def g():
    yield 1
    return "done"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("first", repr(e), e.value)
for i in range(2):
    try:
        next(it)
    except StopIteration as e:
        print("again", repr(e), e.value, e.args)
try:
    it.send("x")
except StopIteration as e:
    print("send", repr(e), e.value)
print(next(it, "default"))
print(list(it))
