# uncaught IndexError inside a nested call
def last(xs)