# init_by_array over many key lengths: seeds 0..39, powers of two, negatives, big ints.
import random

for s in range(40):
    random.seed(s)
    print(s, random.getrandbits(32), random.random())
for e in [31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 500, 1000]:
    random.seed(2 ** e)
    a = random.random()
    random.seed(-(2 ** e) + 1)
    print(e, a, random.random(), random.randrange(10 ** 6))
r = random.Random(10 ** 100)
print([r.randint(0, 9) for _ in range(30)])
