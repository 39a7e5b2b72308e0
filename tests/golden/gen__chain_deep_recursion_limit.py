# A deep `yield from` chain resumed past the recursion limit raises RecursionError at the
# level CPython does; within the limit it runs, and a chain survives many round trips.
import sys


def deep(n):
    if n == 0:
        for k in range(3):
            yield k
        return "bottom"
    r = yield from deep(n - 1)
    return r


g = deep(50)
print(list(g))

sys.setrecursionlimit(120)
g = deep(200)
try:
    print(next(g))
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(1000)
g = deep(500)
print(next(g))
sys.setrecursionlimit(300)
try:
    print(next(g))
except RecursionError as e:
    print("RecursionError on resume:", e)
sys.setrecursionlimit(1000)
print(next(g, "end"))
