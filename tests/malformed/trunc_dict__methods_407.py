# dict methods and insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("b"), d.pop("zz", "dflt"), d)
print(d.setdefault("a", 9), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d.popitem(), d, len(d), "x" in d, 1 in d.values())
e = dict.fromkeys([1, 2