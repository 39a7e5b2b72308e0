# positional-only parameters (/) and their error messages
def f(a, b, /, c, *, d=0):
    return a, b, c, d
print(f(1, 2, 3