# default argument values are evaluated once
def f(a, b=2, c=[