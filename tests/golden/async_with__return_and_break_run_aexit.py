# return / break / continue inside async with still await __aexit__
class R:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *a):
        print("exit", a[0])

async def ret():
    async with R():
        return "returned"

async def loop():
    for i in range(3):
        async with R():
            if i == 0:
                continue
            if i == 1:
                break
    return i

for c in (ret(), loop()):
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
