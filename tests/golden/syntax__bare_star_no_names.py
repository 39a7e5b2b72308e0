# a bare * in a parameter list must be followed by keyword-only parameters
def f(a, *):
    pass
