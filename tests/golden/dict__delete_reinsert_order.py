# deleting leaves a hole in insertion order; re-inserting a key moves it to the end
d = {k: k * k for k in range(10)}
for k in (3, 0, 9, 5):
    del d[k]
print(d, len(d))
d[0] = "back"
d[3] = "again"
print(list(d), list(reversed(d)), list(reversed(d.items()))[:2])
# many deletions and re-insertions (tombstones, then a compacting resize)
e = {}
for i in range(1000):
    e[i % 7, i % 5] = i
    if i % 3 == 0:
        del e[i % 7, i % 5]
print(len(e), list(e.items())[:5], list(e)[-3:])
churn = dict.fromkeys("abcde", 0)
for i in range(200):
    k = "abcde"[i % 5]
    v = churn.pop(k)
    churn[k] = v + 1
print(churn, list(churn.values()))
# popitem takes the last live item, skipping deleted ones
p = {"a": 1, "b": 2, "c": 3, "d": 4}
del p["d"]
del p["c"]
print(p.popitem(), p)
p["z"] = 26
print(p.popitem(), p.popitem(), p)
try:
    p.popitem()
except KeyError as ex:
    print("KeyError", ex)
p["new"] = 1
print(p)
# copies and comparisons of dicts with holes
q = {i: str(i) for i in range(20)}
for i in range(0, 20, 2):
    del q[i]
c = q.copy()
print(c == q, list(c) == list(q), dict(q) == q, {**q} == q, c)
q.clear()
print(q, len(q), c.get(19), c.setdefault(40, "x"), list(c)[-2:])
q.update(c)
print(len(q), list(q)[:3])
# a big dict shrinking to nothing and growing again keeps order
b = {i: i for i in range(5000)}
for i in range(4990):
    del b[i]
print(b)
for i in range(3):
    b[i] = -i
print(list(b.items()))
# str keys: the same text from different objects finds the same entry
words = "alpha beta gamma alpha beta alpha".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
del counts["beta"]
counts["beta".upper().lower()] = 9
print(counts)
