# an exception raised by __aexit__ replaces the body's exception, chained as __context__
class Fails:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        raise RuntimeError(f"aexit failed while handling {exc_type.__name__}")

async def main():
    try:
        async with Fails():
            raise KeyError("body")
    except RuntimeError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))

try:
    main().send(None)
except StopIteration:
    pass
