# zip keeps its iterators after it stops: asking again advances them again (CPython zip_next
# has no exhausted state), including after a strict=True length error
class Counter:
    def __init__(self, name, n):
        self.name, self.i, self.n = name, 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            print(self.name, "stops")
            raise StopIteration
        self.i += 1
        print(self.name, "gives", self.i)
        return self.i

a = Counter("a", 5)
z = zip(a, [10])
print(list(z))
print("again:", list(z))
print("next:", next(z, "default"))
print("a is at", a.i)
z = zip(Counter("b", 1), Counter("c", 3), strict=True)
try:
    list(z)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(z)
except ValueError as e:
    print("again:", type(e).__name__, e)
print(list(zip(Counter("d", 1), Counter("e", 1), strict=True)))
