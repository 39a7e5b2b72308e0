# throw() while delegating to a plain iterator (no throw method): raised at the yield from
def g():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        print("delegator caught", e)
        yield "after"

it = g()
print(next(it))
print(it.throw(ValueError("into list iterator")))
print(list(it))

class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "wt"
    def throw(self, *args):
        print("WithThrow.throw called with", [type(a).__name__ for a in args])
        return "from throw"

def h():
    yield from WithThrow()

it = h()
print(next(it))
print(it.throw(KeyError("k")))
