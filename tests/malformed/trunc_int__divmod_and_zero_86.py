# division by zero with ints, floats and in divmod/pow
tests = [lambda: 1 // 0, lambda