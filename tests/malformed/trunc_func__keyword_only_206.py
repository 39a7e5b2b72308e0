# keyword-only parameters and their error messages
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(a=1, b=2, c=4))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=5), lambda: f()]