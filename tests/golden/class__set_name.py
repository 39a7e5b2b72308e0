class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.owner = owner
    def __get__(self, obj, cls):
        if obj is None: return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, v):
        obj.__dict__["_" + self.name] = v

class Model:
    x = Field()
    y = Field()
    print("body done")

m = Model()
print(m.x, m.y)
m.x = 10
print(m.x, Model.x.name, Model.x.owner is Model)

# set_name not called for attributes added later
f = Field()
Model.z = f
print(hasattr(f, "name"))

# set_name errors propagate (3.11 wraps? check)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class M2:
        b = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)

# type() also calls __set_name__
T = type("T", (), {"q": Field()})
print(T.q.name)

class WithArgs:
    def __set_name__(self, owner, name, extra):
        pass
try:
    class M3:
        w = WithArgs()
except Exception as e:
    print(type(e).__name__, e)
