# NaN compares false both ways: where NaNs end up depends on the exact comparisons made.
import math
import random

nan = float("nan")
inf = float("inf")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([nan, 3.0, 1.0, nan, 2.0, 0.5]))
print(sorted([2.0, 1.0, nan, 0.0, -1.0]))
print(sorted([inf, -inf, nan, 0.0, -0.0, 5.5]))
print(sorted([0.0, -0.0, 0.0, -0.0]))
print(sorted([-0.0, 0.0, -0.0]))
random.seed(3)
vals = [random.random() for _ in range(400)]
for i in range(0, 400, 37):
    vals[i] = nan
s = sorted(vals)
print([i for i, v in enumerate(s) if math.isnan(v)])
print(hash(tuple(v for v in s if not math.isnan(v))))
s = sorted(vals, reverse=True)
print([i for i, v in enumerate(s) if math.isnan(v)])
print(sorted([1, 2.5, nan, 0, -3]))
print(sorted([(nan, 1), (1.0, 2), (0.5, 3)]))
