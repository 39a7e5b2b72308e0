# __iter__ written as a generator makes a class iterable, fresh on every iteration
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

class Reverse:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for i in range(len(self.data) - 1, -1, -1):
            yield self.data[i]

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), list(t), sum(t), 3 in t)
r = Reverse("abc")
print(list(r), "".join(r))
a, b, c = r
print(a, b, c)
it = iter(r)
print(type(it).__name__, it.__qualname__, next(it))
for x in Tree(0, [Tree(9)]):
    print("for", x)
