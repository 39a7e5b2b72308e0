# StopIteration thrown into a just-started generator is raised inside its frame, so PEP 479
# turns it into RuntimeError; thrown into a finished generator it comes back unchanged
def g():
    yield 1

it = g()
try:
    it.throw(StopIteration("into a fresh generator"))
except BaseException as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
print(next(it, "closed"))
it = g()
list(it)
try:
    it.throw(StopIteration("into a finished generator"))
except BaseException as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
it = (x for x in [1])
try:
    it.throw(StopIteration)
except BaseException as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
