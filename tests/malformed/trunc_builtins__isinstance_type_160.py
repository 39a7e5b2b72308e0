# type() with one argument, type() creating classes, isinstance and issubclass
print(type(1) is int, type(True), type(type(1)), type(None).__name__)
X = type("X