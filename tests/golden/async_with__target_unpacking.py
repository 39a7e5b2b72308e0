# async with ... as (a, b): the __aenter__ result is unpacked
class Pair:
    async def __aenter__(self):
        return 1, [2, 3]

    async def __aexit__(self, *a):
        return False

async def main():
    async with Pair() as (a, (b, c)):
        print(a, b, c)
    async with Pair() as t:
        print(t)

try:
    main().send(None)
except StopIteration:
    pass
