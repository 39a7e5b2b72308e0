# CPython's messages for empty ranges, empty sequences and bad sample sizes.
import random

cases = [
    lambda: random.randrange(5, 5),
    lambda: random.randrange(10, 2),
    lambda: random.randrange(0),
    lambda: random.randrange(-3),
    lambda: random.randint(5, 1),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(0, 10, -1),
    lambda: random.randrange(10, step=2),
    lambda: random.randrange("a"),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.sample(range(3), 4),
    lambda: random.sample(range(3), -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.sample([1, 2], 1, counts=[1.0, 1.0]),
    lambda: random.gammavariate(0, 1),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
