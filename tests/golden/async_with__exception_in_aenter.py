# an exception in __aenter__ skips the body and __aexit__
class Broken:
    async def __aenter__(self):
        print("aenter fails")
        raise ConnectionError("refused")

    async def __aexit__(self, *exc):
        print("aexit never runs")

async def main():
    try:
        async with Broken():
            print("body never runs")
    except ConnectionError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    pass
