# Homogeneous keys (ints, floats, strs) take CPython's native compares; the results must be
# the same as with generic comparisons, including stability with a key.
import random

random.seed(42)
ints = [random.randrange(-10**6, 10**6) for _ in range(2000)]
s = sorted(ints)
print(s[:5], s[-5:], all(a <= b for a, b in zip(s, s[1:])))
floats = [random.uniform(-1, 1) for _ in range(2000)]
s = sorted(floats)
print(s[:2], all(a <= b for a, b in zip(s, s[1:])))
strs = ["".join(random.choice("abcé") for _ in range(random.randrange(5))) for _ in range(500)]
s = sorted(strs)
print(s[:8], s[-3:])
idx = sorted(range(2000), key=lambda i: ints[i] % 7)
print(idx[:10], idx[-5:])
idx = sorted(range(500), key=lambda i: strs[i])
print(idx[:10])
big = [random.randrange(-2**80, 2**80) for _ in range(300)] + [1, -1, 0]
s = sorted(big)
print(s[:2], all(a <= b for a, b in zip(s, s[1:])))
print(sorted([3, 1, 2] * 3, reverse=True))
print(sorted(range(100, 0, -3))[:5], sorted(list(range(50)) + list(range(50)))[:6])
