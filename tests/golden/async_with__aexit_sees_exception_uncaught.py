# an exception not suppressed by __aexit__ ends in a traceback through the async with body
class Log:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        print("aexit saw", t.__name__, v)
        return False

async def main():
    async with Log():
        1 / 0

main().send(None)
