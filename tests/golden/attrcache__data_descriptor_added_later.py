# A property (data descriptor) or a __getattribute__/__setattr__ added to a class after the
# sites that load and store the attribute were warmed.
class P:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def put(self, x):
        self.v = x

ps = [P(i) for i in range(3)]
for _ in range(3):
    for p in ps:
        p.put(p.get() + 1)
print([p.get() for p in ps])

def getter(self):
    return "prop:" + str(self.__dict__["v"])

def setter(self, x):
    print("setter", x)
    self.__dict__["v"] = x * 10

P.v = property(getter, setter)
for p in ps:
    p.put(7)
print([p.get() for p in ps])
del P.v
print([p.get() for p in ps])

class Base:
    pass

class Q(Base):
    def __init__(self):
        self.x = 1
    def read(self):
        return self.x

qs = [Q(), Q()]
for _ in range(3):
    print([q.read() for q in qs])
Q.__getattribute__ = lambda self, name: "intercepted-" + name
print([q.read() for q in qs])
del Q.__getattribute__
print([q.read() for q in qs])

def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)

class R:
    def __init__(self):
        self.y = 0
    def bump(self):
        self.y += 1
        return self.y

rs = [R(), R()]
for _ in range(3):
    print([r.bump() for r in rs])
R.__setattr__ = loud_setattr
print([r.bump() for r in rs])
del R.__setattr__
print([r.bump() for r in rs])
