# Random instances keep their own state; subclasses override random() and methods use it.
import random


class Fixed(random.Random):
    def random(self):
        return 0.5


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


f = Fixed(1)
print(f.random(), f.uniform(0, 10), f.choices("abcd", k=3), f.triangular(0, 1))
c = Counting(3)
print(c.random(), c.getrandbits(8), Counting.calls)
r = random.Random()
r.seed(10)
a = [r.randint(1, 50) for _ in range(10)]
random.seed(10)
print(a == [random.randint(1, 50) for _ in range(10)], a)
print(isinstance(r, random.Random), type(r).__name__, random.Random.VERSION)
s = random.SystemRandom()
print(0 <= s.random() < 1, 1 <= s.randint(1, 6) <= 6, len(s.randbytes(4)))
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(hasattr(random, "shuffle"), sorted(n for n in random.__all__)[:6])
