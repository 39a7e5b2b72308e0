# uncaught TypeError for a missing __aexit__, traceback pointing at the async with line
class Half:
    async def __aenter__(self):
        return self

async def main():
    async with Half() as h:
        pass

main().send(None)
