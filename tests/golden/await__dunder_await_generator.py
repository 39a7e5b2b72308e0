# __await__ returning a generator: its yields go to the driver, its return is the await value
class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            got = yield f"tick {i}"
            print("driver sent", got)
        return f"done after {self.n}"

async def main():
    r = await Ticket(2)
    print("await gave", r)
    return r

c = main()
print(c.send(None))
print(c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print("result", e.value)
