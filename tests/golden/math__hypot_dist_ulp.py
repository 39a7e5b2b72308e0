# hypot and dist use CPython's vector_norm (exact scaled sums of squares), so many-argument
# results match python3 to the last bit; ulp, nextafter, remainder, cbrt, exp2.
import math

pts = [(1.1, 2.2, 3.3), (1e-200, 3e-200), (1e200, 1e200, 1e200), (0.1,) * 10, (5e-324, 5e-324),
       (3, 4), (-3, -4, 12), (1, 1e-20), (7.5,), ()]
for p in pts:
    print(p[:3], math.hypot(*p))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf))
print(math.dist((1, 2, 3), (4, 6, 3)), math.dist([0.1, 0.2], [0.3, 0.4]), math.dist(iter([1]), (2,)),
      math.dist((), ()))
for a in [((1, 2), (1,)), (3, (1,)), ((1, "a"), (1, 2)), ((1,),)]:
    try:
        print(math.dist(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for x in [1.0, 0.0, -3.5, 1e300, 1.7976931348623157e308, 5e-324, math.inf, 2**52, 0.1]:
    print(x, math.ulp(x))
print(math.isnan(math.ulp(math.nan)), math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1),
      math.nextafter(1.5, 1.5), math.nextafter(math.inf, 0))
for x, y in [(10, 3), (-7.5, 2), (5, math.inf), (2.5, 1), (3.5, 1), (-0.0, 1)]:
    print(x, y, math.remainder(x, y))
for x, y in [(1, 0), (math.inf, 1), (1, None)]:
    try:
        print(math.remainder(*(x, y) if y is not None else (x,)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.cbrt(27), math.cbrt(-27), math.cbrt(2), math.cbrt(-0.0), math.exp2(10), math.exp2(-1074), math.exp2(0.5))
try:
    math.exp2(1025)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.nextafter(1)
except TypeError as e:
    print("TypeError", e)
# asinh/acosh/atanh are the C library's (as CPython's), not closed-form approximations.
print([math.asinh(x) for x in (0.5, -3.7, 19.2)], [math.acosh(x) for x in (1.5, 7.3)], math.atanh(0.3))
try:
    math.atanh(1)
except ValueError as e:
    print("ValueError", e)
