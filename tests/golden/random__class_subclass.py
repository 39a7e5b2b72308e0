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


class Bits(random.Random):
    def getrandbits(self, k):
        print("  getrandbits", k)
        return super().getrandbits(k)


b = Bits(4)
print(b.randint(1, 10), b.choice("abc"))
f2 = Fixed()
print(f2.randrange(100), f2.choice("abcdef"), f2.sample(range(10), 3))
l = list(range(6))
f2.shuffle(l)
print(l)


class Lcg(random.Random):
    def seed(self, a=None):
        self.state = a or 1

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state / 2**31


g = Lcg(9)
print([g.randrange(10) for _ in range(10)], g.choice("abcdefgh"))


class NoInit(random.Random):
    def __init__(self, label):
        self.label = label


n = NoInit("x")
n.seed(5)
print(n.label, n.random(), n.randint(1, 9), sorted(vars(random.Random(1))) == sorted(vars(random.Random(2))))
