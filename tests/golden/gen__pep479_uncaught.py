# PEP 479 uncaught: both exceptions are printed, joined by the "direct cause" line
def g():
    yield 1
    raise StopIteration

for x in g():
    print(x)
