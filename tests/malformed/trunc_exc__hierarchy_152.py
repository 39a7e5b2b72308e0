# catching by base class: LookupError, ArithmeticError, Exception vs BaseException
for f in [lambda: {}[1], lambda: [][1], lambda: 1 / 0, lambda: int("x