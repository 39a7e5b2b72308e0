# function objects: __name__, __doc__, __defaults__, attributes, repr shape
def f(a, b=1)