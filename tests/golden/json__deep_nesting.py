# Nesting past the recursion limit raises RecursionError (decoder and encoder), not a crash.
import json

for n in [50, 500]:
    print(n, len(json.dumps(json.loads("[" * n + "]" * n))), json.loads('{"a":' * n + "1" + "}" * n) is not None)
for s in ["[" * 100000 + "]" * 100000, '{"a":' * 100000 + "1" + "}" * 100000, "[" * 100000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print("RecursionError", e)
l = []
cur = l
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for kw in [{}, {"indent": 1}]:
    try:
        json.dumps(l, **kw)
    except RecursionError as e:
        print("RecursionError", e)
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
