# uncaught IndexError inside a nested call
def last(xs):
    return xs[len(xs)]
print(last([1, 2, 3