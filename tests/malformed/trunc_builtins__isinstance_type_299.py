# type() with one argument, type() creating classes, isinstance and issubclass
print(type(1) is int, type(True), type(type(1)), type(None).__name__)
X = type("X", (), {"v": 1, "get": lambda self: self.v})
print(X().get(), X.__name__, type(X()).__name__)
Y = type("Y", (X,), {})
print(issubclass(Y, X