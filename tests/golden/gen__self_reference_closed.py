# a generator that holds a reference to itself is still closed at exit
def g():
    me = yield
    try:
        yield "holding myself"
    finally:
        print("finally with self-reference", me is not None)

it = g()
next(it)
print(it.send(it))
del it
print("end of script")
