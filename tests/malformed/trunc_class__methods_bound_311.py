# bound methods remember their instance; methods are functions on the class
class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n
a = A(5)
m = a.get
a.n = 6
print(m(), A.get(a), m.__self__ is a, m.__func__ is A.get, m.__name__)
fs = [A(i).get for i in range(3)]
print([f() for f in fs]