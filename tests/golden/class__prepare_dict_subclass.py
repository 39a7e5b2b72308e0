class NS(dict): pass
X = type("X", (), NS(a=1))
print(X.a, type(X.__dict__).__name__)
class M(type):
    @classmethod
    def __prepare__(m, n, b): return NS()
class Y(metaclass=M):
    b = 2
print(Y.b)
