# a suspended generator is still closed at exit after an uncaught exception
def g():
    try:
        yield 1
    finally:
        print("finally after the traceback")

it = g()
next(it)
raise KeyError("unhandled")
