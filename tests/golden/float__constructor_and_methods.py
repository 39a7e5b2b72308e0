# float() parsing and float methods
print(float("1.5"), float("  -2.25e3 "), float("1_0.5"), float(7), float(True), float("-0"))
print(float(".5"), float("5."), float("inf"), float("-INF"), float("nan"))
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.0).hex())
print(float.fromhex("0x1.8p1"), (3.7).__trunc__(), (1.25).real, (1.25).imag)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(type(e).__name__, e)
