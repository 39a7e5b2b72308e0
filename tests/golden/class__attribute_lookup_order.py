class A:
    x = "A.x"
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    x = "C.x"
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
d = D()
print(D.x, d.x, d.who(), [k.__name__ for k in D.__mro__])
d.x = "inst"
print(d.x, D.x)
del d.x
print(d.x)
C.x = "C.x2"
print(d.x)
del C.x
print(d.x)
A.new_method = lambda self: "added later"
print(d.new_method())
print(D.__dict__.get("x"), "who" in D.__dict__, type(D.__dict__).__name__)
try:
    D.__dict__["y"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(vars(d), d.__dict__ is vars(d))
class Counter:
    count = 0
    def inc(self):
        self.count += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.count, c2.count, Counter.count)
class WithClassAttrList:
    items = []
    def add(self, x): self.items.append(x)
w1, w2 = WithClassAttrList(), WithClassAttrList()
w1.add(1); w2.add(2)
print(WithClassAttrList.items)
print(getattr(D, "who")(d), D.who.__qualname__, d.who.__self__ is d, d.who.__func__ is D.who)
print(type(d.who).__name__, d.who == d.who, d.who is d.who)
class P:
    @property
    def val(self):
        "the val"
        return 42
print(P.val.__doc__, P().val, type(P.val).__name__, P.val.fget.__name__, P.val.fset)
class St:
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
class St2(St): pass
print(St.s(), St().s(), St2.c(), St2().c(), type(St.__dict__["s"]).__name__, St.__dict__["c"].__func__.__name__)
