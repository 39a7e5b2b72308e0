class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[repr(k)]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[repr(k)] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[repr(k)]
m = M()
m["a"] = 1
m[1, 2] = "tuple"
m[1:3] = "slice"
print(m["a"], m[1, 2], m[1:3])
m[::2] = 0
print(m[::2])
del m["a"]
try:
    m["a"]
except KeyError as e:
    print(type(e).__name__, e)
m[...] = "ellipsis"
print(m[...])
class RO:
    def __getitem__(self, k): return k
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
FIVE, NONE = 5, None
for f in [lambda: Nothing()[0], lambda: FIVE[0], lambda: NONE["x"]]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def setit(): (1, 2)[0] = 3
def delit(): del "abc"[0]
def setnone(): x = None; x[0] = 1
for f in [setit, delit, setnone]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class CG:
    def __class_getitem__(cls, item): return ("cgi", cls.__name__, item)
print(CG[int], CG[int, str])
print(list[int], dict[str, list[int]], type(list[int]).__name__)
class Missing(dict):
    def __missing__(self, k): return "missing:" + str(k)
md = Missing(a=1)
print(md["a"], md["zz"], md.get("zz"), "zz" in md)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if isinstance(i, slice): return ("slice", i.start, i.stop, i.step)
        if i >= 3: raise IndexError
        return i
print(Seq()[1:], Seq()[::-1], Seq()[-1] if False else "neg-not-adjusted")
print(Seq()[-1])
