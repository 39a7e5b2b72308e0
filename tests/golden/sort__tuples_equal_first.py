# Tuple keys: items are compared with == until they differ, then < on that index only
# (CPython's unsafe_tuple_compare); a tuple that is a prefix of another sorts first.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  {self.v} == {other.v}")
        return self.v == other.v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v

    __hash__ = None

    def __repr__(self):
        return f"E{self.v}"


print(sorted([(1, E(3)), (1, E(1)), (0, E(2)), (1, E(2))]))
print(sorted([(E(1), 2), (E(1), 1), (E(0), 5)]))
x = E(7)
print(sorted([(x, 2), (x, 1)]))
print(sorted([(1, 2, 3), (1, 2), (1,), (0, 9), (1, 2, 2)]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([("b", 1.5), ("a", 2), ("b", 0.5), ("a", 1)]))
print(sorted([(1.5, "x"), (1.5, "a"), (0.5, "q")]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0,), 5)]))
print(sorted([(), (1,), (), (0,)]))
print(sorted([(1, 2), [0, 5]]) if False else "skip")
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(True, 1), (False, 2), (1, 0), (0, 3)]))
import random

random.seed(9)
ts = [(random.randrange(5), random.random(), i) for i in range(1000)]
s = sorted(ts)
print(s[:3], s == sorted(ts, key=lambda t: (t[0], t[1], t[2])))
print(sorted(ts, key=lambda t: t[0])[:5])
