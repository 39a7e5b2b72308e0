class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(1): pass
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in P.__mro__], P.mro() == list(P.__mro__))
try:
    class U(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
