# args: {tmpdir}
# From seed 003, "Concurrency Using Coroutine": three coroutines run concurrently
# with asyncio.gather, so three 1-second waits take about 1 second in total.
# The seed's test.txt lives in the current directory; here it is in a temp dir.
import asyncio
import sys
import time

PATH = sys.argv[1] + "/test.txt"
with open(PATH, "w") as f:
    f.write("Hello from test.txt. ")


async def read_file():
    with open(PATH, "r") as file:
        await asyncio.sleep(1)
        content = file.read()
        print(content)


async def write_file():
    with open(PATH, "a") as file:
        await asyncio.sleep(1)
        file.write("Let's get started")
        print("Data written.")


async def message():
    print("Hello")
    await asyncio.sleep(1)
    print("Welcome to GeekPython")


async def main():
    await asyncio.gather(message(), write_file(), read_file())

if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    end = time.perf_counter()
    print("took about 1 second:", 1.0 <= end - start < 2.5)
