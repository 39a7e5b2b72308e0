# a with block whose __exit__ suppresses a thrown exception lets the generator continue
class Ignore:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__ if typ else None)
        return typ is not None and issubclass(typ, KeyError)

def g():
    with Ignore():
        yield 1
    yield "after with"
    with Ignore():
        yield 2

it = g()
next(it)
print(it.throw(KeyError("k")))
next(it)
try:
    it.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
