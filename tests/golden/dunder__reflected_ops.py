class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __truediv__(self, o): return "truediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rdivmod__(self, o): return "rdivmod"
    def __rtruediv__(self, o): return "rtruediv"

print(V(1) + V(2))
print(3 + V(1))
print(V(1) * 3, 3 * V(1))
print(10 - V(3))
print(V(1) @ V(2), 1 @ V(2))
print(V(1) / 2, 2 / V(1), 2 // V(1), 2 % V(1), 2 ** V(1))
print(1 << V(1), 1 >> V(1), 1 & V(1), 1 | V(1), 1 ^ V(1), divmod(1, V(1)))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) - V(2)
except TypeError as e:
    print(type(e).__name__, e)

# subclass reflected method takes priority
class W(V):
    def __radd__(self, o):
        print("W.__radd__")
        return "W wins"
print(V(1) + W(2))
class W2(V): pass
print(V(1) + W2(2))

class Plain: pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval("Plain() " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    pow(Plain(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(Plain(), 1)
except TypeError as e:
    print(type(e).__name__, e)
