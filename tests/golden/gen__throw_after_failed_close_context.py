# after close() was ignored, the generator is suspended inside a finally that runs because of
# GeneratorExit: an exception thrown in next gets that GeneratorExit as its __context__
def g():
    try:
        yield 1
    finally:
        yield 2

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    it.throw(ValueError("thrown after the failed close"))
except ValueError as e:
    print(repr(e), "| context:", repr(e.__context__))
