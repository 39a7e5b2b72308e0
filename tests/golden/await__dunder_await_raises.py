# an exception raised by __await__ itself (before iterating) propagates from the await
class Explodes:
    def __await__(self):
        raise ValueError("no awaiting today")

async def main():
    try:
        await Explodes()
    except ValueError as e:
        print("caught", e)
    await Explodes()

main().send(None)
