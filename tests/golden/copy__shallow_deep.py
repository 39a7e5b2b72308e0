# copy vs deepcopy of plain instances, containers, tuples; shared references; cycles
import copy


class A:
    def __init__(self, x):
        self.x = x


a = A([1, [2]])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x == a.x, c.x[1] is a.x[1], type(c).__name__)
lst = [1, 2]
lst.append(lst)
m = copy.deepcopy(lst)
print(m[2] is m, m is not lst, m[:2])
d = {'a': [1], 'b': (1, [2])}
e = copy.deepcopy(d)
print(e, e['a'] is d['a'], e['b'] is d['b'])
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2])) is (1, [2]))
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset({1, 2})))
x = [1, [2, 3]]
y = copy.copy(x)
y[1].append(4)
print(x, y, y is not x)


class Node:
    def __init__(self):
        self.parent = None
        self.children = []


root = Node()
child = Node()
child.parent = root
root.children.append(child)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is not child)
