# without sys.set_asyncgen_hooks, dropping a suspended async generator closes it synchronously (finally runs)
import sys

async def g():
    try:
        yield 1
    finally:
        print("finally at drop")

print(sys.get_asyncgen_hooks())
a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
print("dropping")
del a
print("dropped")
