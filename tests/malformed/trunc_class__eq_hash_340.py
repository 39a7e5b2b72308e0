# __eq__ and __hash__: defining __eq__ makes instances unhashable unless __hash__ is defined
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
class H(P):
    def __hash__(self): return hash(self.v)
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P(1) in [P(0