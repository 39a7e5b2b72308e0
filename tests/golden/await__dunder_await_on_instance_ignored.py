# __await__ is looked up on the type, not the instance
class Holder:
    pass

h = Holder()
h.__await__ = lambda: iter([])

async def main():
    await h

try:
    main().send(None)
except TypeError as e:
    print(type(e).__name__, e)
