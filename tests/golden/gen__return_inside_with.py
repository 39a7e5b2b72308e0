# return inside a with block in a generator: __exit__ runs before StopIteration reaches the caller
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit", exc[0])

def g():
    with CM():
        yield 1
        return "value"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
