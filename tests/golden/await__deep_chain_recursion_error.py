# an unbounded recursive await chain hits RecursionError, which can be caught by the driver
import sys
sys.setrecursionlimit(1000)

async def forever(n):
    return await forever(n + 1)

try:
    forever(0).send(None)
except RecursionError as e:
    print(type(e).__name__, e)
