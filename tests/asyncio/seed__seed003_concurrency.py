# args: {tmpdir}
# From seed 003, "Concurrency Using Coroutine": three coroutines run concurrently
# with asyncio.gather, so three concurrent waits take about one wait in total.
# The seed's test.txt lives in the current directory; here it is in a temp dir.
# Changes for the test: the seed sleeps 1 s in each coroutine, here 0.3 s (fast regen);
# the seed prints the raw time.perf_counter() elapsed time, here it is rounded to tenths
# (deterministic under both the real clock and `coil --virtual-time`).
import asyncio
import sys
import time

PATH = sys.argv[1] + "/test.txt"
with open(PATH, "w") as f:
    f.write("Hello from test.txt. ")


async def read_file():
    with open(PATH, "r") as file:
        await asyncio.sleep(0.3)
        content = file.read()
        print(content)


async def write_file():
    with open(PATH, "a") as file:
        await asyncio.sleep(0.3)
        file.write("Let's get started")
        print("Data written.")


async def message():
    print("Hello")
    await asyncio.sleep(0.3)
    print("Welcome to GeekPython")


async def main():
    await asyncio.gather(message(), write_file(), read_file())

if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    end = time.perf_counter()
    print(f"Took {round(end - start, 1)} seconds")
