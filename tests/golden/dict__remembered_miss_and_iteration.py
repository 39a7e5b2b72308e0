# A key found missing and then stored, keys remembered by the key iterator, and probes that
# alternate between dicts must all see the dict as it is now.
d = {"a": 1}
k = "zz"
print(k in d)
d["b"] = 2          # a different key changes the dict in between
d[k] = 3
print(d, len(d))
e = {}
print("q" in e, e.get("q"))
e["".join(["q"])] = 1   # an equal key, another object
e["q"] = 2
print(e)
f = {("p", 1): 0}
t = ("p", 2)
print(t in f)
g = f               # the same dict through another name
g[t] = 5
f[t] += 1
print(f)
# interleaved dicts: a miss in one must not be taken for a miss in the other
x, y = {}, {"s": 1}
print("s" in x, "s" in y)
x["s"] = 10
y["s"] = 20
print(x, y)
for i in range(300):
    tmp = {}
    assert "w" not in tmp
    tmp2 = {"w": i}
    tmp2["w"] = i + 1
    assert len(tmp2) == 1, tmp2
print("fresh dicts ok")
c = {"m": 1, "n": 2}
cp = c.copy()
print("o" in c)
cp["o"] = 3
c["o"] = 4
print(c, cp)
# for k in d: d[k] ... with mutations of values and other dicts in the body
scores = {"x": 1, "y": 2, "z": 3}
other = {"x": 100}
for name in scores:
    scores[name] = scores[name] * 10 + other.get(name, 0)
    other[name] = scores[name]
print(scores, other)
total = 0
for name in scores:
    del other[name]
    total += scores[name]
print(total, other)
for name, v in scores.items():
    scores[name] = v + 1
print(scores)
# items() unpacking into locals, in a function (the fast FOR_ITER path)
def pairs(d):
    out = []
    for key, val in d.items():
        out.append((val, key))
    for key in d:
        out.append(d[key])
    return out
print(pairs({"a": 1, "b": 2, 3: (4, 5)}))
def mutate_while_iterating(d):
    try:
        for key in d:
            d[key + "!"] = 0
    except RuntimeError as ex:
        return str(ex)
print(mutate_while_iterating({"a": 1}))
def items_mutate(d):
    seen = []
    try:
        for key, val in d.items():
            seen.append(key)
            del d[key]
            d[key * 2] = val
    except RuntimeError as ex:
        seen.append(str(ex))
    return seen, d
print(items_mutate({"a": 1, "b": 2}))
