# keys/items views are unhashable (they define __eq__ as sets); values views are hashable
d = {1: 2}
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(type(hash(d.values())).__name__, type(d.keys()).__dict__["__hash__"])
