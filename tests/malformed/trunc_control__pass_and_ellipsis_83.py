# pass and ... as placeholder statements
def f():
    pass
def g():
    ...
class C