# int/float/bool keys that compare equal collide; tuples as keys
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0: "a", False: "b"}, {(1, 2): "t", (1, 2.0): "u"