# float literal forms: trailing dot, leading dot, exponents, underscores
print(1., .5, 0.0, 1e10, 1E-3, 2.5e+3, 1_000.000_1, 1e1_0)
print(3.14159, 0e0, 00.5, 1_0e-2, 9.999999999999999e22)
print(.1e1, 5e-324, 1.7976931348623157e308