# pass and ... as placeholder statements
def f():
    pass
def g():
    ...
class C:
    pass
print(f(), g(), C.__name__, ..., type(...).__name__, Ellipsis is ...