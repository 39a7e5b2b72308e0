# A base-class method replaced after a call site warmed its cache for several subclasses.
class Base:
    def who(self):
        return "base"
    def tag(self):
        return "t0"

class A(Base):
    pass

class B(Base):
    def tag(self):
        return "tb"

class C(A):
    pass

objs = [A(), B(), C(), Base()]

def sweep():
    return [(o.who(), o.tag()) for o in objs]

for _ in range(3):
    print(sweep())

def new_who(self):
    return "new-" + type(self).__name__

Base.who = new_who
print(sweep())
A.who = lambda self: "A-only"
print(sweep())
del A.who
print(sweep())
del B.tag
print(sweep())
Base.tag = lambda self: "t1"
print(sweep())
# bound-method loads see the same changes
for _ in range(2):
    print([o.who.__name__ for o in objs])
del Base.who
for o in objs:
    try:
        o.who()
    except AttributeError as e:
        print("AttributeError:", e)
