class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __add__(self, o):
        print("__add__")
        return N(self.v + o)
    def __isub__(self, o):
        print("__isub__")
        self.v -= o
        return self
    def __sub__(self, o):
        print("__sub__")
        return N(self.v - o)
    def __imul__(self, o):
        print("__imul__ NotImplemented")
        return NotImplemented
    def __mul__(self, o):
        print("__mul__")
        return N(self.v * o)
    def __ior__(self, o):
        return "replaced"
n = N(1)
m = n
n += 2
print(n, m, n is m)
n = m
n -= 1
print(n, m, n is m)
n *= 3
print(n, n is m)
n |= 1
print(n)

class R:
    def __radd__(self, o):
        print("R.__radd__")
        return "radd"
x = 5
x += R()
print(x)
class I:
    def __iadd__(self, o): return NotImplemented
y = I()
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
for op in ops:
    z = object()
    try:
        exec("z " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
try:
    l = l + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class Lst(list):
    def __iadd__(self, o):
        print("Lst.__iadd__")
        return super().__iadd__(o)
q = Lst([1])
q += [2]
print(q, type(q).__name__)
d = {"a": [1]}
d["a"] += [2]
print(d)
class Obj: pass
o = Obj(); o.attr = 1
o.attr += 5
print(o.attr)
