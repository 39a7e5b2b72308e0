# positional-only parameters (/) and their error messages
def f(a, b, /, c, *, d=0