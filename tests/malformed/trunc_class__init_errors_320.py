# errors raised while constructing instances
class A:
    def __init__(self, x):
        self.x = x
class B:
    def __init__(self):
        return 5
class C:
    pass
for f in [lambda: A(), lambda: A(1, 2), lambda: B(), lambda: C(1), lambda: A(y=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e