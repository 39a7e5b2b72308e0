# The module-level functions (bound to the hidden instance) on every argument shape.
import random


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        print("  set", i, v)
        self.items[i] = v


random.seed(77)
print(random.randrange(start=3, stop=30, step=3), random.randrange(5, stop=9), random.randint(2**70, 2**70 + 5))
print(random.randint(-2**63, 2**63), random.randint(True, 3), random.randrange(-(2**65), -(2**64)))
print(random.choice(range(10, 20)), random.choice((1, 2, 3)), random.choice("xyz"), random.choice(Seq([7, 8, 9])))
s = Seq(list("abcd"))
random.shuffle(s)
print(s.items)
l = [[1], [2], [3], [4]]
random.shuffle(l)
print(l)
for bad in [lambda: random.randint(1), lambda: random.randint(), lambda: random.randint(1, 2, 3),
            lambda: random.randint(1, 2.5), lambda: random.randrange(), lambda: random.randrange(1, 2, 3, 4),
            lambda: random.choice(), lambda: random.choice(5), lambda: random.choice({}),
            lambda: random.shuffle(), lambda: random.shuffle((1, 2)), lambda: random.randrange(1, x=2),
            lambda: random.randint(1, "a"), lambda: random.randrange(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print([random.randint(1, 6) for _ in range(10)])
