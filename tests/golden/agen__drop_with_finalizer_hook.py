# sys.set_asyncgen_hooks: firstiter runs at the first __anext__, finalizer receives the dropped generator
import sys

seen = []

def firstiter(agen):
    print("firstiter", agen.__name__)

def finalizer(agen):
    print("finalizer", agen.__name__)
    seen.append(agen)

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

async def g():
    try:
        yield 1
    finally:
        print("finally via aclose")

a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("value", e.value)
del a
print("dropped; finalizer kept it alive:", len(seen))
try:
    seen[0].aclose().send(None)
except StopIteration:
    print("aclose finished")
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
