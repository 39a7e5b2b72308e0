# __repr__ and __str__ are used by print, str, repr, f-strings and containers
class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
class C(A):
    def __str__(self)