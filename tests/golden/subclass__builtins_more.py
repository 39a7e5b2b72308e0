class MyDict(dict):
    def __missing__(self, k): return k.upper()
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = MyDict(a=1)
d["b"] = 2
print(d, d["zz"], d.get("zz"), type(d).__name__, isinstance(d, dict), len(d))
d.update(c=3)
print(d)
class MyList(list):
    def append(self, x):
        super().append(x * 10)
l = MyList([1, 2])
l.append(3)
l.extend([4])
print(l, l[1:], type(l[1:]).__name__, type(l + [1]).__name__, l * 2, len(l), sorted(l, reverse=True))
class Up(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
u = Up("abc")
print(u, type(u).__name__, u.lower(), type(u.lower()).__name__, u == "ABC", hash(u) == hash("ABC"), u + "x", type(u + "x").__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
p = Pos(5)
print(p, p + 1, type(p + 1).__name__, p * 2, -p, isinstance(p, int), Pos(3) < Pos(4), {Pos(1): "a"}[1])
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
t = T(1, 2)
print(t, t.first, len(t), t + (3,), type(t + (3,)).__name__, t == (1, 2), hash(t) == hash((1, 2)))
class FS(frozenset): pass
print(FS([1, 2]) | {3}, type(FS([1]) | {3}).__name__, FS([1]) == frozenset([1]))
class S(set):
    def add(self, x):
        print("S.add", x)
        super().add(x)
s = S()
s.add(1)
print(s, type(s).__name__, s | {2}, type(s | {2}).__name__)
class Fl(float):
    def __repr__(self): return f"Fl({float(self)})"
print(Fl(1.5), Fl(1.5) * 2, type(Fl(1.5) * 2).__name__, round(Fl(2.567), 1))
class B(bytes): pass
print(B(b"ab"), type(B(b"ab")).__name__, B(b"ab") + b"c", len(B(b"xyz")))
try:
    class NoBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
class R(range.__class__): pass
print(R.__name__)
