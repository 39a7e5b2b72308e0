# randint/randrange via _randbelow_with_getrandbits: the exact rejection loop.
import random

random.seed(42)
print([random.randint(1, 6) for _ in range(40)])
print([random.randint(-1000, 1000) for _ in range(20)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(20)])
print([random.randrange(100, 0, -7) for _ in range(20)])
print([random.randrange(-10, 10) for _ in range(20)])
print([random.randint(0, 1) for _ in range(40)])
print([random.randrange(2**31) for _ in range(5)])
print([random.randrange(2**64) for _ in range(5)])
print([random.randrange(10**40) for _ in range(5)])
print([random.randrange(3, 10**30, 7) for _ in range(3)])
print([random.randint(5, 5) for _ in range(3)])
print(random.randrange(True, 10), random.randint(False, True))
