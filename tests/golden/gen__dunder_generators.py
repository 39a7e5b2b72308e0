# dunder methods written as generators: __iter__ (used by in/sorted/max/unpacking/comprehensions),
# __reversed__, a metaclass __iter__, and a __next__ that is (mistakenly) a generator function
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        print("iter called")
        for x in self.items:
            yield x
    def __reversed__(self):
        yield from reversed(self.items)
b = Bag(1, 2, 3)
print(2 in b, 5 in b)
print(list(reversed(b)))
print(sorted(b, reverse=True), max(b), dict.fromkeys(b))
x, *y = b
print(x, y)
print([i * j for i in b for j in b if i == j])
class Weird:
    def __iter__(self):
        return self
    def __next__(self):
        yield 1
w = Weird()
print(type(next(w)).__name__)
class GetItem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
def gen():
    yield from GetItem()
print(list(gen()))
class Meta(type):
    def __iter__(cls):
        yield cls.__name__
class K(metaclass=Meta): pass
print(list(K))
