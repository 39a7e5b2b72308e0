# Differential fuzz of randrange/randint/choice/sample/choices arguments (valid and invalid),
# through the module functions and through a subclass (the Python-method path).
import random


class Sub(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


gen = random.Random(5)
sub = Sub(123)
random.seed(123)
vals = [0, 1, -1, 5, 10, -7, 3, 2**40, -(2**40), None, True, "x"]
for i in range(200):
    args = tuple(gen.choice(vals) for _ in range(gen.randint(1, 3)))
    out = []
    for target in (random, sub):
        try:
            out.append(target.randrange(*args))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    print(i, "randrange", args, out, out[0] == out[1])
for i in range(60):
    a, b = gen.choice(vals[:9]), gen.choice(vals[:9])
    out = []
    for target in (random, sub):
        try:
            out.append(target.randint(a, b))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    print(i, "randint", a, b, out)
for i in range(40):
    pop = list(range(gen.randint(0, 30)))
    k = gen.randint(-1, 32)
    for target in (random, sub):
        try:
            print(i, "sample", len(pop), k, target.sample(pop, k))
        except ValueError as e:
            print(i, "sample", len(pop), k, e)
    if pop:
        print(i, "choice", random.choice(pop), sub.choice(pop), random.choices(pop, k=3), sub.choices(pop, k=2))
