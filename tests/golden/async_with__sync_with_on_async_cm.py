# a plain `with` on an async-only context manager: "does not support the context manager protocol"
class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass

def use():
    with AsyncOnly():
        pass

try:
    use()
except TypeError as e:
    print(type(e).__name__, e)
