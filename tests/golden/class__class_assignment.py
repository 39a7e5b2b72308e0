# coil-test: xfail=__class__ assignment is not supported (Instance.class is immutable)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.v = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.v)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
class S3:
    __slots__ = ("x",)
s.__class__ = S3
print(type(s).__name__)

class L(list): pass
class L2(list): pass
l = L([1, 2])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = dict
except TypeError as e:
    print(type(e).__name__, e)
print(a.__class__ is type(a))
