# StopIteration raised inside an __await__ generator becomes "generator raised StopIteration"
class Bad:
    def __await__(self):
        yield 1
        raise StopIteration("x")

async def main():
    try:
        await Bad()
    except RuntimeError as e:
        print(type(e).__name__, e)
    return "ok"

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
