# __getattr__ fallback, __setattr__ interception and attribute builtins
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
l = Logged()
l.a = 1
setattr(l, "b", 2)
print(l.a, l.b, l.__dict__)
delattr(l, "a")
print(hasattr(l, "a"))
