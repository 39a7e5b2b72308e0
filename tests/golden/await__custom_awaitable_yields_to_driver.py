# a driver loop that services requests yielded from deep inside awaits
class Req:
    def __init__(self, op, arg):
        self.op, self.arg = op, arg

    def __await__(self):
        return (yield self)

async def double(x):
    return await Req("double", x)

async def program():
    a = await double(3)
    b = await Req("neg", a)
    return [a, b]

def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print("request", req.op, req.arg)
        value = req.arg * 2 if req.op == "double" else -req.arg

print(run(program()))
