# throw(type, value): value may be an argument or a tuple of arguments or an instance
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, repr(e), e.args)

it = g()
next(it)
it.throw(ValueError, "message")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError, None)
it.throw(ValueError, ValueError("instance"))
it.throw(LookupError, KeyError("sub-instance"))
it.throw(ValueError, 3)
