# coil-test: args={tmpdir}
# From seed 003 ("Coroutines in Python"): an `async def` coroutine run by asyncio.run(),
# three coroutines run concurrently with asyncio.gather() (one of them reading and one
# appending to a file), and a coroutine awaiting another.
#
# Usage: coil examples/seed003_async_files.py [DIR]
# The seed's test.txt lives in the current directory; this example puts it in DIR
# (default: the current directory). The test suite passes a fresh temporary directory.
import asyncio
import sys
import time

PATH = (sys.argv[1] if len(sys.argv) > 1 else ".") + "/test.txt"
with open(PATH, "w") as f:
    f.write("Hello from test.txt. ")


# "Async Coroutine": print, wait one second, print.
async def coroutine_func():
    print("Welcome to GeekPython.")
    await asyncio.sleep(1)
    print("Coroutines are awesome!")


cor = coroutine_func()
print(type(cor).__name__)  # the seed prints the coroutine object itself: <coroutine object ...>
asyncio.run(cor)


# "Concurrency Using Coroutine": three coroutines, each waiting one second.
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
    # The seed prints the raw elapsed time (about 1.0: the three waits overlap); rounded
    # here so that the output is the same on every run.
    print(f"Took {round(end - start, 1)} seconds")


# "Awaiting Coroutine": write_file2() awaits read_file2(), which returns the content.
async def read_file2():
    with open(PATH, "r") as file:
        await asyncio.sleep(1)
        return file.read()


async def write_file2():
    with open(PATH, "a") as file:
        file.write(" (appended again)")
    content = await read_file2()
    print(content)


asyncio.run(write_file2())
