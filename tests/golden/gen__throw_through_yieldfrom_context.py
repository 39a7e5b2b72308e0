# an exception thrown through yield from is raised first in the sub-generator; its __context__
# is the exception the delegating generator is handling (the exception-state chain links them)
import sys

def sub():
    print("sub sees", repr(sys.exc_info()[1]))
    yield 1

def outer():
    try:
        raise KeyError("handled by outer")
    except KeyError:
        yield from sub()

it = outer()
next(it)
try:
    it.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e), "| context:", repr(e.__context__))
