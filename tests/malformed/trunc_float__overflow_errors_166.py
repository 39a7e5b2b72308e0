# float operations that overflow
tests = [lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: 2 ** 10000 / 1.0,
         lambda: math.exp(1000), lambda: 1e308 * 10