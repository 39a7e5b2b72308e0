# a 10,000-deep recursive await chain completes under setrecursionlimit(20000) (issue 4 acceptance 3)
import sys
sys.setrecursionlimit(20000)

async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)

c = depth(10000)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
