# StopIteration's value is its first argument; sub-generator results via yield from
s = StopIteration(1, 2)
print(s.value, s.args, s)
print(StopIteration().value, StopIteration("x").value)
e = StopIteration(7)
e.value = 8
print(e.value, e.args)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n, "extra")
        return self.n

def outer():
    r = yield from It()
    print("yield from result", r)

print(list(outer()))
