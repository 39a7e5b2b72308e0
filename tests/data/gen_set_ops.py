# Generates set_ops.txt: python3 tests/data/gen_set_ops.py > tests/data/set_ops.txt
# Each line: A-ops ; B-ops ; a|b ; a&b ; a-b ; b-a ; a^b ; a.copy() ; (a-=b) ; (a&=b) ; (a^=b)
# where ops are space-separated aN (add) / dN (discard) and results list iteration order.
import random
random.seed(99)

def build(n, hi, dels):
    s, ops = set(), []
    for _ in range(n):
        k = random.randint(-hi, hi)
        s.add(k); ops.append(f"a{k}")
        if s and random.random() < dels:
            k = random.choice(sorted(s))
            s.discard(k); ops.append(f"d{k}")
    return s, ops

fmt = lambda s: " ".join(map(str, s))
for case in range(300):
    hi = random.choice([8, 30, 200, 5000, 2**40])
    a, ao = build(random.choice([0, 1, 3, 6, 10, 25, 60, 150]), hi, random.choice([0, 0.1, 0.4]))
    b, bo = build(random.choice([0, 1, 3, 6, 10, 25, 60, 150]), hi, random.choice([0, 0.1, 0.4]))
    c1 = a.copy(); c1 -= b
    c2 = a.copy(); c2 &= b
    c3 = a.copy(); c3 ^= b
    parts = [" ".join(ao), " ".join(bo), fmt(a | b), fmt(a & b), fmt(a - b), fmt(b - a), fmt(a ^ b), fmt(a.copy()), fmt(c1), fmt(c2), fmt(c3)]
    print(" ; ".join(parts))
