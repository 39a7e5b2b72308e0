# coil-test: args={tmpdir}
# From seed 003, "Awaiting Coroutine": write_file appends to test.txt, then
# awaits read_file and prints what it returns.
import asyncio
import sys

PATH = sys.argv[1] + "/test.txt"
with open(PATH, "w") as f:
    f.write("Existing data. ")


async def read_file():
    with open(PATH, "r") as file:
        return file.read()


async def write_file():
    with open(PATH, "a") as file:
        file.write("Let's get started")
    content = await read_file()
    print(content)

asyncio.run(write_file())
