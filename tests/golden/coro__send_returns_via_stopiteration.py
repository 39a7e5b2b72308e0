# the return value travels in StopIteration.value; no return gives None; args are bound at call
async def ret(x, *, scale=2):
    return x * scale

async def nothing():
    pass

for c in (ret(4), ret(4, scale=10), nothing()):
    try:
        c.send(None)
    except StopIteration as e:
        print(repr(e.value), e.args)
try:
    ret()
except TypeError as e:
    print(type(e).__name__, e)
