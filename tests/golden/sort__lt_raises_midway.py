# An exception from __lt__ after N comparisons: it propagates and the list keeps every
# element exactly once, in the partially sorted order CPython leaves.
import random


class Stop(Exception):
    pass


calls = 0
limit = 0


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        if calls == limit:
            raise Stop(f"after {calls}")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


random.seed(7)
small = [5, 2, 8, 1, 9, 3, 7]
for limit in range(1, 14):
    calls = 0
    xs = [K(v) for v in small]
    try:
        xs.sort()
        print(limit, "finished", xs)
    except Stop as e:
        print(limit, "Stop", e, xs)

big = [random.randrange(1000) for _ in range(500)]
for limit in (10, 100, 400, 1000, 2500, 3500, 4000):
    calls = 0
    xs = [K(v) for v in big]
    try:
        xs.sort()
        print(limit, "finished")
    except Stop as e:
        vs = [x.v for x in xs]
        print(limit, "Stop", e, sorted(vs) == sorted(big), hash(tuple(vs)))

# Also with reverse=True and with a key: the list is still a permutation afterwards.
for limit in (5, 50, 900):
    calls = 0
    xs = [K(v) for v in big[:200]]
    try:
        xs.sort(reverse=True)
    except Stop as e:
        vs = [x.v for x in xs]
        print("reverse", limit, e, sorted(vs) == sorted(big[:200]), vs[:10], vs[-10:])
    calls = 0
    ys = list(big[:200])
    try:
        ys.sort(key=K)
    except Stop as e:
        print("key", limit, e, sorted(ys) == sorted(big[:200]), ys[:10], ys[-10:])
