# more math functions and their errors
import math
print(math.floor(3), math.ceil(3.0001), math.trunc(-0.5), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1))
print(math.exp(0), math.exp(1) == math.e, math.log1p(0), math.expm1(0), math.degrees(math.pi), math.radians(180))
print(math.prod([1, 2, 3, 4]), math.lcm(4, 6), math.gcd(0, 0), math.gcd(-12, 18), math.isqrt(99))
print(math.tan(0), math.asin(1) == math.pi / 2, math.acos(1), math.atan(0), math.sinh(0