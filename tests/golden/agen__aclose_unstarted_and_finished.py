# aclose() on unstarted and on exhausted async generators completes at once
async def g():
    print("body")
    yield 1

for label, a in (("unstarted", g()),):
    try:
        a.aclose().send(None)
    except StopIteration as e:
        print(label, "aclose ->", e.value)
b = g()
for _ in range(2):
    try:
        b.__anext__().send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("end")
try:
    b.aclose().send(None)
except StopIteration as e:
    print("finished aclose ->", e.value)
