# dict views are live; iteration yields keys in insertion order
d = {"x": 1, "y": 2}
ks = d.keys(); vs = d.values(); its = d.items()
d["z