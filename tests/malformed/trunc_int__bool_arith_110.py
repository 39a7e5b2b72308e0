# bool is an int subclass: arithmetic and repr
print(True + True, True * 10, False - 1, True / 2, -True, ~True