# traceback passes through a decorator's wrapper frame
def logged(f):
    def wrapper(*args):
        print("calling", f.__name__, args)
        return f(*args)
    return wrapper
@logged
def divide(a, b):
    return a // b
print(divide(7, 2))
print(divide(1, 0))
