# Large inputs: runs, galloping and powersort merges. Print the number of __lt__ calls and a
# digest of the (left, right) operand sequence, which must match CPython's exactly.
import random

random.seed(12345)
log = []


class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 2**61
    return h


def shapes(n):
    yield "random", [random.random() for _ in range(n)]
    yield "ascending", list(range(n))
    yield "descending", list(range(n, 0, -1))
    yield "few_keys", [random.randrange(5) for _ in range(n)]
    half = n // 2
    yield "asc_then_desc", list(range(half)) + list(range(n - half, 0, -1))
    yield "sawtooth", [i % 97 for i in range(n)]
    yield "interleaved", sorted(random.random() for _ in range(half)) + sorted(
        random.random() for _ in range(n - half)
    )
    s = list(range(n))
    for _ in range(n // 50):
        i, j = random.randrange(n), random.randrange(n)
        s[i], s[j] = s[j], s[i]
    yield "nearly_sorted", s
    yield "galloping", [i * 2 for i in range(n // 3)] + [i * 2 + 1 for i in range(n // 3)] + [
        -i for i in range(n - 2 * (n // 3))
    ]


for n in (63, 64, 65, 100, 257, 1000, 3000):
    for name, vals in shapes(n):
        xs = [K(v, i) for i, v in enumerate(vals)]
        log.clear()
        xs.sort()
        ok = all(not (b.v < a.v) for a, b in zip(xs, xs[1:]))
        stable = all(a.v != b.v or a.i < b.i for a, b in zip(xs, xs[1:]))
        print(n, name, len(log), digest(log), ok, stable)
