# missing __aexit__ / __aenter__, or a sync-only context manager (3.11 messages)
class NoExit:
    async def __aenter__(self):
        print("never entered")

class NoEnter:
    async def __aexit__(self, *a):
        pass

class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

async def use(cm):
    async with cm:
        print("never")

for cm in (NoExit(), NoEnter(), SyncOnly(), 42):
    try:
        use(cm).send(None)
    except TypeError as e:
        print(type(e).__name__, e)
