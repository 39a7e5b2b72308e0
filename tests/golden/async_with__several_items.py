# async with a, b as y, c: entered left to right, exited right to left
class R:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "b"

async def main():
    async with R("a") as x, R("b") as y, R("c"):
        print("body", x, y)
        raise ValueError("inner")
    print("b swallowed it")

try:
    main().send(None)
except StopIteration:
    pass
