class N:
    def __int__(self):
        print("__int__")
        return 7
    def __float__(self):
        print("__float__")
        return 2.5
print(int(N()), float(N()))
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.5
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
for v in [None, [], "1.5", "abc", object()]:
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import math
class R:
    def __round__(self, n=None): return ("round", n)
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
print(round(R()), round(R(), 2), math.floor(R()), math.ceil(R()), math.trunc(R()))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
print(math.floor(N()), math.sqrt(N()))
class IntSub(int): pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__)
