# PEP 479 in a generator expression, uncaught
empty = iter([])
print(list(next(empty) for _ in "ab"))
