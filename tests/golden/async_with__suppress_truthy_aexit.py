# a truthy __aexit__ result suppresses the exception; a falsy one lets it propagate
class Guard:
    def __init__(self, result):
        self.result = result

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit sees", exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.result

async def main():
    for result in (True, 1, "yes", False, 0, None, ""):
        try:
            async with Guard(result):
                raise ValueError(f"result={result!r}")
            print("suppressed by", repr(result))
        except ValueError as e:
            print("propagated", e)

try:
    main().send(None)
except StopIteration:
    pass
