# The same key object probed several times in a row (`if k in d: d[k] += 1`) must see every
# mutation made in between: deletions, re-insertions, clear(), popitem(), update().
d = {"a": 1, "b": 2, ("x", "y"): 3}
k = "b"
t = ("x", "y")
print(k in d, d[k], t in d, d[t])
del d["a"]
print(k in d, d[k], list(d))
d[k] += 10
print(d)
d.pop(k)
print(k in d, d.get(k, "missing"))
d[k] = 5
print(k in d, d[k], list(d))
d.popitem()
print(k in d, d.get(k))
d.clear()
print(k in d, t in d)
d.update({t: 1, k: 2})
if t in d:
    d[t] += 1
print(d)
e = dict(d)
e[k] = 99
print(d[k], e[k], k in e)
words = "to be or not to be".split(" ")
counts = {}
pairs = {}
prev = ""
for w in words:
    counts[w] = counts.get(w, 0) + 1
    key = (prev, w)
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
    prev = w
print(counts, pairs)
try:
    d = {}
    d[k]
except KeyError as exc:
    print("KeyError", exc)
