# Differential fuzz: bisect/insort on random sorted lists with lo/hi/key, checked against a
# linear scan, with CPython's results printed.
import bisect
import random

random.seed(77)
for i in range(120):
    a = sorted(random.randint(0, 20) for _ in range(random.randint(0, 12)))
    x = random.randint(-2, 22)
    lo = random.randint(0, len(a))
    hi = random.choice([None, random.randint(lo, len(a))])
    kw = {} if hi is None else {"hi": hi}
    l = bisect.bisect_left(a, x, lo, **kw)
    r = bisect.bisect_right(a, x, lo, **kw)
    end = len(a) if hi is None else hi
    ok = l == lo + sum(1 for v in a[lo:end] if v < x) and r == lo + sum(1 for v in a[lo:end] if v <= x)
    neg = [-v for v in reversed(a)]
    k = bisect.bisect_left(neg, -x, key=lambda v: v)
    b = list(a)
    bisect.insort(b, x, lo, **kw) if hi is None or lo <= hi else None
    print(i, a, x, lo, hi, l, r, ok, k, b == sorted(b))
