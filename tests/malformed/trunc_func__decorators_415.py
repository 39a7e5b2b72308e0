# function decorators, stacked decorators and decorators with arguments
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper() + "!"
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return " ".join([f(*a) for _ in range(n)])
        return wrapper
    return deco
@shout
def greet(name):
    return "hello " + name
@repeat(3)
@shout
def hi():
    return "hi