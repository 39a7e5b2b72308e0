# float() parsing and float methods
print(float("1.5"), float("  -2.25e3 "), float("1_0.5"), float(7