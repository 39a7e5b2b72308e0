# __eq__ and __hash__: defining __eq__ makes instances unhashable unless __hash__ is defined
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
class H(P):
    def __hash__(self): return hash(self.v)
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P(1) in [P(0), P(1)])
print(len({H(1), H(1), H(2)}), H(3) in {H(3)}, {H(1): "x"}[H(1)])
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))
