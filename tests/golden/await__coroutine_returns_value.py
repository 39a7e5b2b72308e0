# await on a coroutine evaluates to its return value; no suspension reaches the driver
async def square(x):
    return x * x

async def total():
    a = await square(2)
    b = await square(3)
    return a + b

def drive(c):
    steps = 0
    while True:
        try:
            c.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

print(drive(total()))
