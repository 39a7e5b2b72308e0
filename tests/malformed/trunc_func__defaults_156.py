# default argument values are evaluated once
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2, 3), f(4, c=[]), f(5))
x = 10
def g(v=x