# float operations that overflow
tests = [lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda