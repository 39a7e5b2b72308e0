# a unary dunder returning NotImplemented yields NotImplemented (no TypeError)
class A:
    def __neg__(self): return NotImplemented
    def __pos__(self): return NotImplemented
    def __invert__(self): return 5
    def __abs__(self): return NotImplemented
print(-A(), +A(), ~A(), abs(A()))
class B:
    pass
try:
    -B()
except TypeError as e:
    print(e)
