# getrandbits(k) fills 32-bit words from the least significant end.
import random

random.seed(2024)
for k in [0, 1, 2, 7, 31, 32, 33, 53, 63, 64, 65, 100, 128, 1000]:
    print(k, hex(random.getrandbits(k)))
print(random.randbytes(10), random.randbytes(0), len(random.randbytes(33)))
for bad in [-1, 1.5, "3"]:
    try:
        random.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
