# division by zero with ints, floats and in divmod/pow
tests = [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0),
         lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: 0 ** -1,
         lambda: 0.0 ** -1, lambda: pow(2, -1, 4), lambda: 10**30 // 0]
for t in tests:
    try