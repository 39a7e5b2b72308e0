# an error raised deep in a yield from chain: the traceback shows every delegating frame
def c():
    yield 1
    {}["missing"]

def b():
    yield from c()

def a():
    yield from b()

for v in a():
    print(v)
