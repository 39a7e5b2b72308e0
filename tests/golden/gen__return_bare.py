# a bare return / falling off the end gives StopIteration with value None and no args
def a():
    yield 1
    return

def b():
    yield 1

def c():
    if False:
        yield
    return None

for f in (a, b, c):
    it = f()
    try:
        while True:
            next(it)
    except StopIteration as e:
        print(f.__name__, e.value, e.args, repr(e))
