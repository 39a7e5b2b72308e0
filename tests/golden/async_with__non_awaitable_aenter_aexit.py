# __aenter__/__aexit__ returning non-awaitables (3.11 messages)
class EnterInt:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        print("aexit not reached")

class ExitInt:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return 2

async def use(cm):
    async with cm as v:
        print("body", v)

for cm in (EnterInt(), ExitInt()):
    try:
        use(cm).send(None)
    except TypeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
