# Iterator.__iter__ and Generator.__next__/close mixins for user subclasses
from collections.abc import Iterator, Generator
class It(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
it = It()
print(list(It()), iter(it) is it)
class Gen(Generator):
    def send(self, v):
        if v == 3:
            raise StopIteration
        return v
    def throw(self, typ, val=None, tb=None):
        raise typ
g = Gen()
print(next(g), g.send(2), isinstance(g, Iterator))
try:
    g.close()
except Exception as e:
    print(type(e).__name__)
class Incomplete(Iterator):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)
