# return of a tuple: the tuple is the single arg (not spread), str/repr show it
def g():
    return (1, 2)
    yield

try:
    next(g())
except StopIteration as e:
    print(e.value, e.args, str(e), repr(e))

def h():
    return ()
    yield

try:
    next(h())
except StopIteration as e:
    print(e.value, e.args, repr(str(e)), repr(e))
