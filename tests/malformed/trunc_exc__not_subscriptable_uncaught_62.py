# subscripting an object that does not support it
def first(x)