# __repr__ and __str__ are used by print, str, repr, f-strings and containers
class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
class C(A):
    def __str__(self): return "C-str"
for o in [A(), C()]:
    print(o, str(o), repr(o), f"{o}", f"{o!r}", [o])
b = B()
print(b, [str(b)], repr(b).startswith("<__main__.B object at 0x"))
print(repr(B)[:18], A.__name__, str(type(b)))
