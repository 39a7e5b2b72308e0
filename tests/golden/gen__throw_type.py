# throw(type) instantiates the exception class with no arguments
def g():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__, repr(e), e.args)
        yield 2

it = g()
next(it)
print(it.throw(ValueError))
it = g()
next(it)
print(it.throw(IndexError))
