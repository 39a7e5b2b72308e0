# a with block around a yield: close() runs __exit__ with GeneratorExit
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, tb is not None)
        return False

def g():
    with CM("outer"):
        with CM("inner"):
            yield 1
            yield 2
    print("not reached")

it = g()
print(next(it))
print("closing")
it.close()
print("closed")
