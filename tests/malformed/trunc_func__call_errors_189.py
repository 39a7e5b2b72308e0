# argument-binding error messages
def f(a, b):
    return a + b
def g(x, y=1, *, z):
    pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, a=2), lambda: f(1, c=2), lambda: f(