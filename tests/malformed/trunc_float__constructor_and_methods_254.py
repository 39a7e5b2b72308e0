# float() parsing and float methods
print(float("1.5"), float("  -2.25e3 "), float("1_0.5"), float(7), float(True), float("-0"))
print(float(".5"), float("5."), float("inf"), float("-INF"), float("nan"))
print((2.5).is_integer(), (2.0).is_integer(), (0.5