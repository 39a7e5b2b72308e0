# a module-level async generator suspended at a yield at exit is closed without hooks: finally prints
async def g():
    try:
        yield 1
    finally:
        print("agen finally at exit")

a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
print("end of script")
