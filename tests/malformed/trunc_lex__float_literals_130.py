# float literal forms: trailing dot, leading dot, exponents, underscores
print(1., .5, 0.0, 1e10, 1E-3, 2.5e+3, 1_000.000_1, 1e1_0