# integer powers, negative exponents give floats, three-argument pow
print(2 ** 10, (-2) ** 3, -2 ** 2, 2 ** -1, 0 ** 0)
print(3 ** 40, 7 ** 77 % 1000)
print(pow(2, 100, 1000), pow(3, -1, 7), pow(-3, 3), pow(2, 0.5)