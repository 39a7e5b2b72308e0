# MT19937 bit for bit: long sequences after integer seeds (any drift shows).
import random

for s in [42, 0, 1, -7, 7, 2**32, 2**32 - 1, 2**64 + 5, 2**200 + 12345, True, 123456789012345678901234567890]:
    random.seed(s)
    print(s, [random.random() for _ in range(20)])
random.seed(42)
print([random.getrandbits(32) for _ in range(20)])
random.seed(3)
print([round(random.random(), 6) for _ in range(5)], random.random())
