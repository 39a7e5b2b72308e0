# The documented searching recipes (index, find_lt, find_le, find_gt, find_ge) and a
# leaderboard kept sorted with insort on (score, name) keys.
from bisect import bisect_left, bisect_right, insort


def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError("no smaller item")


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError("no item >= x")


def find_gt(a, x):
    i = bisect_right(a, x)
    if i != len(a):
        return a[i]
    raise ValueError("no larger item")


a = [1, 3, 3, 5, 9, 12]
for x in [3, 4, 1, 12, 0, 13]:
    out = []
    for f in (index, find_lt, find_ge, find_gt):
        try:
            out.append(f(a, x))
        except ValueError as e:
            out.append(str(e))
    print(x, out)
board = []
for name, score in [("ann", 30), ("bob", 10), ("cid", 30), ("dee", 20), ("eve", 10)]:
    insort(board, (-score, name))
print([(n, -s) for s, n in board])
times = [0.5, 1.25, 3.0]
print([bisect_right(times, t) for t in [0.0, 0.5, 1.0, 3.0, 10.0]])
