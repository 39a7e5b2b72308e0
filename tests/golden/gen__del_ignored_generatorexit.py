# dropping a generator that yields in its finally: "Exception ignored in" on stderr, script goes on
def g():
    try:
        yield 1
    finally:
        print("finally yields again")
        yield 2

it = g()
next(it)
print("before del")
del it
print("after del")
