# lambdas: defaults, closures, immediate calls, in sort keys
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), (lambda: "empty")())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), list(map(lambda x: x ** 2, range(4))), add.__name__)
print(sorted([(1, "b"), (2, "a")