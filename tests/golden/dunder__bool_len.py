class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass
print(bool(B(True)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print("yes" if L(2) else "no", not B(False), B(True) and "and", L(0) or "or")
while L(0):
    pass
print([x for x in [L(1), L(0)] if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in [-1, "3", 2**100, 1.0]:
    try:
        len(BadLen(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        bool(BadLen(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(BadLen(True)))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class LenSub(list):
    def __len__(self): return 0
print(bool(LenSub([1, 2])), len(LenSub([1])))
