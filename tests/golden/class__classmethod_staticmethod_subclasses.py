# heap subclasses of classmethod / staticmethod / property still bind like their bases
class CM(classmethod):
    pass
class SM(staticmethod):
    pass
class P(property):
    pass
class A:
    @CM
    def c(cls): return cls.__name__
    @SM
    def s(x): return x * 2
    @P
    def p(self): return "prop"
class B(A):
    pass
print(A.c(), B.c(), B().c(), A.s(4), A().s(5), A().p)
print(type(A.__dict__['c']).__name__, type(A.__dict__['s']).__name__, type(A.__dict__['p']).__name__)
class Init(classmethod):
    def __init__(self, f):
        print("init", f.__name__)
        super().__init__(f)
class C:
    @Init
    def m(cls): return cls
print(C.m() is C)
class G:
    __class_getitem__ = classmethod(dict)
    make = classmethod(type)
print(G.make(), classmethod(repr).__get__(None, G)())
try:
    staticmethod(len, 2)
except TypeError as e:
    print(e)
