# a thrown exception converted by the generator's handler: both are printed, joined by
# "During handling of the above exception"
def g():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")
it = g()
next(it)
it.throw(ValueError("orig"))
