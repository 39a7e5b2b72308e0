# functions and constants from the math module
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.gcd(12, 18), math.factorial(20), math.factorial(25), math.isqrt(10**20 + 5))
print(math.fabs(-3), math.pow(2, 10), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1), 12), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.floor(2**70 + 0.0) == 2**70, math.comb(10, 3), math.perm(5, 2), math.fsum([0.1] * 10), sum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
