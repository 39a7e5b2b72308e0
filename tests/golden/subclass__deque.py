import collections
class Q(collections.deque):
    def __init__(self, items=(), maxlen=None, label="q"):
        super().__init__(items, maxlen)
        self.label = label
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return f"Q<{self.label}>({list(self)})"
q = Q([1, 2], label="main")
q.push(3).push(4)
print(q, len(q), q[0], q[-1], q.label, q.__dict__)
q.appendleft(0)
print(q.popleft(), q.pop(), list(q), isinstance(q, collections.deque), type(q).__name__)
b = Q(range(5), maxlen=3)
print(b, b.maxlen)
class Plain(collections.deque): pass
p = Plain([1, 2, 3])
print(p, type(p).__name__, p.__dict__)
p.extra = 1
print(p.extra, p == collections.deque([1, 2, 3]), 2 in p)
c = p.copy()
print(type(c).__name__, c)
print(repr(Plain()), repr(Plain([1], 2)))
class Stack(collections.deque):
    def __bool__(self): return True
    def peek(self): return self[-1]
s = Stack()
s.append("a")
print(s.peek(), bool(Stack()), list(reversed(Stack([1, 2]))))
print(Plain.__mro__)
