# traceback passes through a decorator's wrapper frame
def logged(f):
    def wrapper(*args):
        print("calling", f.__name__, args)
        return f(*args