# yield from over iterator objects: iter(), map, zip, enumerate, reversed, a custom class
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

def g():
    yield from iter([1, 2])
    yield from map(str, [3, 4])
    yield from zip("ab", [5, 6])
    yield from enumerate("xy")
    yield from reversed([7, 8])
    yield from Countdown(3)
    yield from GetItemOnly()
    yield from {"a": 1}.items()

print(list(g()))
