# an __await__ iterator without send(): a non-None value sent through it fails with AttributeError
class It:
    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

class Aw:
    def __await__(self):
        return It()

async def main():
    await Aw()

c = main()
print(c.send(None))
print(c.send(None))
try:
    c.send("value")
except AttributeError as e:
    print(type(e).__name__, e)
