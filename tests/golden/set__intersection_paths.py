# Set intersection walks the smaller set by position (CPython's set_next), tables drop flat.
a = set(range(50)); b = set(range(25, 75))
print(a & b, b & a, a | b, a - b, a ^ b)
print({100, 5, 33, 9} & {9, 33, 100}, {"x", "y"} & {"y"}, frozenset([1, 2]) & {2, 3})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%d)" % self.v
s1 = {K(i) for i in range(6)}; s2 = {K(i) for i in range(3, 9)}
print(sorted((s1 & s2), key=lambda k: k.v), len(s1 | s2))
nested = frozenset()
for i in range(50000):
    nested = frozenset([nested, i])
del nested
x = {(1, 2), (2, 3)} & {(2, 3)}
print(x, {1, 2}.intersection([2, 3], (2,)), {1.0, 2} & {1, 2.0})
