# bool is an int subclass: arithmetic and repr
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(True == 1, False == 0, isinstance(True, int), (True == 1) == 1)
print(sum([True, True, False]), True & False, True | False, True ^ True)
print(repr(True), str(False), int(True), bool(0), bool(-1), bool(0.0), bool(""))
