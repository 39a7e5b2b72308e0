# PEP 479 where StopIteration comes from a helper function called by the generator,
# consumed by a for loop inside another function
def helper(it):
    return next(it)
def g():
    yield helper(iter([]))
def main():
    for x in g():
        pass
main()
