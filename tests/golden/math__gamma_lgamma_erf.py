# math.gamma/lgamma (CPython's own Lanczos approximation: results to the last bit), erf/erfc,
# and their domain and range errors.
import math

for x in [0.5, 1, 1.5, 2.5, 3.3, 5, 7.1, 10.2, 20.5, 23, 24, 50.5, 100.3, 141.2, 170.5, 171.6,
          -0.5, -1.5, -2.7, -33.3, -140.5, -171.5, -200.5, 1e-10, -1e-10, 1e-300, 0.001]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0, 0.1, 0.5, 1, 2, 3, 5, 6, 27, -0.3, -2, -6, 1e-300]:
    print(x, math.erf(x), math.erfc(x))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan),
      math.lgamma(1), math.lgamma(2), math.erf(math.inf), math.erfc(-math.inf))
for f, x in [(math.gamma, 0), (math.gamma, -0.0), (math.gamma, -3), (math.gamma, -math.inf),
             (math.gamma, 171.7), (math.gamma, 1e300), (math.lgamma, 0), (math.lgamma, -5),
             (math.lgamma, 1e308), (math.gamma, "2"), (math.erf, None)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, repr(x), type(e).__name__, e)
