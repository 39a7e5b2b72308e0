class A:
    def m(self): return "A.m"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
class B(A):
    def m(self): return "B>" + super().m()
    @classmethod
    def cm(cls): return "B>" + super().cm()
    @staticmethod
    def st():
        try:
            super().m()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(B().m(), B.cm(), B.st())
print(super(B, B()).m(), super(B, B).cm())
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, B())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, B()).nothing
except AttributeError as e:
    print(type(e).__name__, e)
def outside():
    super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
s = super(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(super(B, B()))[:30])
class C(B):
    def m(self):
        return "C>" + super(B, self).m()
print(C().m())
