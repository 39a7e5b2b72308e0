# __repr__ and __str__ are used by print, str, repr, f-strings and containers
class A:
    def __repr__(self): return "A(