# function objects: __name__, __doc__, __defaults__, attributes, repr shape
def f(a, b=1):
    "docstring here"
    return a
f.custom = 42
print(f.__name__, f.__doc__, f.__defaults__, f.custom, f.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, repr(f)[