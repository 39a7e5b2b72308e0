# throw(type, value, tb) uses the given traceback; the traceback of a throw shows the yield line
def g():
    try:
        yield 1
    except ZeroDivisionError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print("caught", e, "traceback entries:", depth)
        yield 2

def make():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

exc = make()
it = g()
next(it)
print(it.throw(ZeroDivisionError, exc, exc.__traceback__))
it = g()
next(it)
print(it.throw(exc))
