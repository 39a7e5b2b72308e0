# Ranges around the 2**63 and 2**64 word boundaries (getrandbits(64) and wider draws).
import random

random.seed(8)
for w in [2**31, 2**32, 2**32 + 1, 2**62, 2**63 - 1, 2**63, 2**63 + 1, 10**19, 2**64 - 1, 2**64, 2**64 + 1, 10**30]:
    print(w, [random.randrange(w) for _ in range(3)], random.randint(-w, w), random.randrange(-w, 0, 3))
print([random.randint(-10**a, 10**19) for a in range(1, 6)])
print([random.getrandbits(64) for _ in range(3)], random.choice(range(2**62)))
r = random.Random(9)
print([r.randrange(2**64) for _ in range(4)], r.randint(0, 2**63))
