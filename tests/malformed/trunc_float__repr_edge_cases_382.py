# float repr uses the shortest round-tripping digits and switches to exponent form at 1e16
print(1e16, 1e15, 123456789012345678.0, 1e-05, 0.0001, 1e-4)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 100.0, -0.0, 1e22, 1e23)
print(repr(1.5), str(2.0), 5e-324, 1.7976931348623157e308, 1e300 * 10)
print(0.3, 1.1 * 1.1, 3.0 * 1.1, 9007199254740993.0)
print([0.1, 2.5, 1e100], (1.0,), {1: 0.5}