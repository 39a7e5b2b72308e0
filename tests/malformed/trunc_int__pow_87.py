# integer powers, negative exponents give floats, three-argument pow
print(2 ** 10, (-2