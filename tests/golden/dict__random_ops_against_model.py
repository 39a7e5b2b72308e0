# A long deterministic mix of insertions, deletions, pops, popitem, setdefault, update, copy
# and clear on dicts with int, str, tuple and colliding keys, checked against a list model.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3      # many equal hashes

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

    def __repr__(self):
        return f"H{self.v}"


x = 12345


def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 8) % n


def make_key(r):
    kind = r % 4
    if kind == 0:
        return r
    if kind == 1:
        return f"s{r}"
    if kind == 2:
        return (r % 5, f"t{r}")
    return H(r)


def model_set(m, k, v):
    for i, (mk, _) in enumerate(m):
        if mk == k:
            m[i] = (mk, v)
            return
    m.append((k, v))


def model_del(m, k):
    for i, (mk, _) in enumerate(m):
        if mk == k:
            del m[i]
            return True
    return False


d = {}
m = []
mismatches = 0
for step in range(6000):
    op = rnd(100)
    k = make_key(rnd(60))
    if op < 45:
        d[k] = step
        model_set(m, k, step)
    elif op < 65:
        had = k in d
        if had:
            del d[k]
        if model_del(m, k) != had:
            mismatches += 1
    elif op < 72:
        got = d.pop(k, None)
        want = next((v for mk, v in m if mk == k), None)
        model_del(m, k)
        mismatches += got != want
    elif op < 76:
        if d:
            kv = d.popitem()
            want = m.pop()
            mismatches += kv != want
    elif op < 82:
        got = d.setdefault(k, -step)
        want = next((v for mk, v in m if mk == k), None)
        if want is None:
            m.append((k, -step))
            want = -step
        mismatches += got != want
    elif op < 90:
        mismatches += d.get(k) != next((v for mk, v in m if mk == k), None)
    elif op < 95:
        d = d.copy() if rnd(2) else dict(d)
    elif op < 97:
        extra = {make_key(rnd(60)): step for _ in range(5)}
        d.update(extra)
        for ek, ev in extra.items():
            model_set(m, ek, ev)
    elif op < 98:
        d.clear()
        m.clear()
    else:
        mismatches += list(reversed(d.items())) != m[::-1]
    if list(d.items()) != m or len(d) != len(m):
        mismatches += 1
        d = dict(m)
print("mismatches", mismatches, "final", len(d))
print(list(d.items())[:8])
print(sum(1 for k in d if isinstance(k, H)), sorted(str(k) for k in d)[:10])
