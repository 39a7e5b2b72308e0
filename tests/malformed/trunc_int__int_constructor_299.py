# int() from strings with bases, floats, bools and whitespace
print(int("42"), int("  -17  "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("1_000"), int("0o17", 8), int("077", 8))
print(int(1e20), int(-2.5), int(2**70 + 0.0))
print(int(