# lambdas: defaults, closures, immediate calls, in sort keys
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k)