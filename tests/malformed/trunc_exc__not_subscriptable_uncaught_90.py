# subscripting an object that does not support it
def first(x):
    return x[0]
first(None