# An uncaught error from a Random method implemented in C by CPython: no frame inside random.
import random

r = random.Random(3)
print(r.getrandbits(5), r.random())
r.getrandbits(-1)
