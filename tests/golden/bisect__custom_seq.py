# Probes go through __getitem__ and __lt__ in CPython's order; insort calls a.insert.
import bisect


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

    def insert(self, i, x):
        print("  insert", i, x)
        self.items.insert(i, x)


ks = [K(v) for v in [1, 3, 5, 7, 9]]
print(bisect.bisect_left(ks, K(6)))
print(bisect.bisect_right(ks, K(5)))
s = Seq([10, 20, 30, 40])
print(bisect.bisect(s, 25))
bisect.insort_left(s, 20)
print(s.items)
