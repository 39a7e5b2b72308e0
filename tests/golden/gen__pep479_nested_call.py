# StopIteration escaping from a plain function called by a generator is converted too;
# a genexp gets the same treatment
def helper():
    raise StopIteration("from helper")

def g():
    yield 1
    helper()

try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__))
try:
    list(next(iter([])) for _ in range(2))
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__))
