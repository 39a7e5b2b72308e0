# an error raised by a generator's finally while it is closed at interpreter exit is reported
# as "Exception ignored in", without source lines (CPython cannot read them at shutdown)
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally at exit")

it = g()
next(it)
print("end of script")
