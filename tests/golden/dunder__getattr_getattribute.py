class G:
    cls_attr = "class"
    def __init__(self): self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("no"):
            raise AttributeError(f"custom no {name}")
        return "dyn:" + name
g = G()
print(g.real, g.cls_attr, g.missing)
try:
    g.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, "nope", "default"), hasattr(g, "nah"), hasattr(g, "yes"))

class GA:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("fallback __getattr__", name)
        return "fb"
a = GA()
print(a.x)
print(a.boom)
print(a.other)

class Raising:
    @property
    def p(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "getattr saw " + name
print(Raising().p)

class KeyErr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(KeyErr(), "x")
except KeyError as e:
    print(type(e).__name__, e)

class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, name): return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)

class Plain: pass
try:
    Plain().zzz
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
try:
    Plain.zzz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).zzz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class GetattrAttribute:
    def __getattribute__(self, name):
        raise AttributeError(name)
print(getattr(GetattrAttribute(), "q", "dflt"))
print(type(GetattrAttribute()).__name__)
