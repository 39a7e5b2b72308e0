class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("B.__eq__")
        return isinstance(o, A) and o.v == self.v
    def __gt__(self, o):
        print("B.__gt__")
        return self.v > o.v
print(A(1) == B(1))
print(A(1) != B(1))
print(A(1) < B(2))
print(A(1) == A(1))
a = A(1)
print(a == a, a != a)
try:
    A(1) < A(2)
except TypeError as e:
    print(type(e).__name__, e)
for expr in ["A(1) <= 1", "1 > A(1)", "A(1) >= 'x'", "[] < ()", "None < None", "{} <= {}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

class Sub(B):
    def __eq__(self, o):
        print("Sub.__eq__")
        return "sub"
print(B(1) == Sub(1))

class NeOnly:
    def __ne__(self, o): return "ne"
print(NeOnly() == NeOnly(), NeOnly() != 1)

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly() != 1)

class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), Ord(3) > Ord(1))
print([1, A(1)] == [1, A(1)])
x = A(1)
print([x] == [x], x in [x])
class Weird:
    def __eq__(self, o): return 0
    def __bool__(self): raise ValueError("no bool")
print([Weird()] == [Weird()])
