# errors raised while constructing instances
class A:
    def __init__(self, x):
        self.x = x
class B:
    def __init__(self):
        return 5
class C:
    pass
for f in [lambda: A(