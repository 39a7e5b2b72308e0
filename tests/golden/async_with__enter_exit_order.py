# async with awaits __aenter__ (its value binds the target) and __aexit__(None, None, None)
class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return f"handle:{self.name}"

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", self.name, exc_type, exc, tb)
        return None

async def main():
    async with Res("db") as h:
        print("body with", h)
    async with Res("plain"):
        print("body without target")
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
