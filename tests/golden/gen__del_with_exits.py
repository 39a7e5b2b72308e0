# dropping a suspended generator runs the __exit__ of the with block it sits in
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__)

def g():
    with CM("a"), CM("b"):
        yield 1

it = g()
next(it)
print("dropping")
del it
print("dropped")
