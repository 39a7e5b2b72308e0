# instance attributes shadow class attributes; mutable class attributes are shared
class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def add(self, t):
        self.tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add("roll"); b.add("sit")
a.kind = "wolf"
print(a.tricks is b.tricks, Dog.tricks, a.kind, b.kind, Dog.kind)
del a.kind
print(a.kind, "kind" in a.__dict__, sorted(b.__dict__))
