# Differential fuzz: random documents (same on both sides: the MT is identical) dumped with
# varied options, loaded back, then corrupted at one position to exercise the error paths.
import json, random
random.seed(2026)
def gen(d=0):
    r = random.random()
    if d > 4 or r < 0.3:
        c = random.randrange(8)
        if c == 0: return random.randint(-10**random.randint(1, 25), 10**random.randint(1, 25))
        if c == 1: return random.uniform(-1e6, 1e6) * 10 ** random.randint(-30, 30)
        if c == 2: return "".join(chr(random.choice([random.randint(32, 126), random.randint(0, 31), random.randint(128, 0x2fff), random.randint(0x10000, 0x10ffff)])) for _ in range(random.randint(0, 8)))
        if c == 3: return random.choice([None, True, False])
        if c == 4: return random.choice([float("nan"), float("inf"), -float("inf"), -0.0, 0.0])
        return random.randint(0, 100)
    if r < 0.65:
        return [gen(d + 1) for _ in range(random.randint(0, 5))]
    return {random.choice(["a", "b", "c\u00e9", "\U0001f600", "k" + str(random.randint(0, 50)), "", "\n"]): gen(d + 1) for _ in range(random.randint(0, 5))}
for i in range(80):
    v = gen()
    opts = random.choice([{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": "\t", "sort_keys": True, "ensure_ascii": False}])
    try:
        s = json.dumps(v, **opts)
    except (TypeError, ValueError) as e:
        print(i, "ERR", e); continue
    back = json.loads(s)
    s2 = json.dumps(back, **opts)
    print(i, s == s2, s)
    # corrupt the text and check error positions
    if s:
        j = random.randrange(len(s))
        bad = s[:j] + random.choice(["", "x", ",", "]", "}", '"', "\\", ":"]) + s[j + 1:]
        try:
            json.loads(bad)
            print("  ok")
        except json.JSONDecodeError as e:
            print("  ", e)
