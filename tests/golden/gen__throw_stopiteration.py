# StopIteration thrown in and not caught is converted to RuntimeError (PEP 479)
def g():
    yield 1

it = g()
next(it)
try:
    it.throw(StopIteration("thrown"))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def h():
    try:
        yield 1
    except StopIteration as e:
        yield "caught " + str(e)

it = h()
next(it)
print(it.throw(StopIteration("thrown")))
