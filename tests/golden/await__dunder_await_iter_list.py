# __await__ may return any iterator: list items are yielded to the driver, the await value is None
class Steps:
    def __await__(self):
        return iter(["one", "two", "three"])

async def main():
    r = await Steps()
    return ("await value", r)

c = main()
while True:
    try:
        print("yielded", c.send(None))
    except StopIteration as e:
        print(e.value)
        break
