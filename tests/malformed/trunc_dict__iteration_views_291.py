# dict views are live; iteration yields keys in insertion order
d = {"x": 1, "y": 2}
ks = d.keys(); vs = d.values(); its = d.items()
d["z"] = 3
print(ks, vs, its, len(ks))
for k, v in d.items():
    print(k, v)
print(list(zip(d, d.values())), max(d), sum(d.values()), sorted(d, reverse=True)