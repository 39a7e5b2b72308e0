# Generates set_order.txt: python3 tests/data/gen_set_order.py > tests/data/set_order.txt
# Each line: space-separated ops (aN = add N, dN = discard N, p = pop) | resulting iteration order.
import random
random.seed(1234)
for case in range(300):
    s = set()
    ops = []
    n = random.choice([3, 5, 8, 12, 20, 40, 100, 300])
    hi = random.choice([10, 100, 1000, 10**6, 2**62, 2**63 - 1])
    for _ in range(n):
        r = random.random()
        if r < 0.75 or not s:
            k = random.randint(-hi, hi)
            s.add(k); ops.append(f"a{k}")
        elif r < 0.92:
            k = random.choice(list(s)) if random.random() < 0.8 else random.randint(-hi, hi)
            s.discard(k); ops.append(f"d{k}")
        else:
            s.pop(); ops.append("p")
    print(" ".join(ops), "|", " ".join(str(x) for x in s))
