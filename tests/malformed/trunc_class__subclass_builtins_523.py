# subclassing builtin types: list, dict, int, str, Exception
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["a"], d["zz"], d)
class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__)
class Upper(str):
    def shout(self): return self.upper() + "!