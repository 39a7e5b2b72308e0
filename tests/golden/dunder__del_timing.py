class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = D("a")
print("before del a")
del a
print("after del a")
b = D("b")
b = None
print("after rebind b")
def f():
    local = D("local")
    print("in f")
f()
print("after f")
l = [D("l1"), D("l2")]
l.clear()
print("after clear")
d = {"k": D("dict")}
d.pop("k")
print("after pop")
x = D("x")
y = x
del x
print("alias alive")
del y
print("alias gone")
def g():
    t = D("tmp")
    return 1
g()
D("temporary")
print("after temporary")
class Raises:
    def __del__(self): raise ValueError("in del")
r = Raises()
del r
print("after raising del")
keep = D("at-exit")
print("end of script")
