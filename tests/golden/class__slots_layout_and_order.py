# where __slots__ members land: sorted (after mangling) in the class dict before __doc__,
# inherited descriptors are the base's, a subclass re-declaring a slot shadows it
class C:
    __slots__ = ("zeta", "alpha", "__hidden", "mid")

    def __init__(self):
        self.__hidden = "h"

    def hidden(self):
        return self.__hidden


print(list(C.__dict__))
c = C()
print(c.hidden(), c._C__hidden, C._C__hidden)


class _Under:
    __slots__ = ("__p",)


print([k for k in _Under.__dict__ if "p" in k])


class D(C):
    __slots__ = ("delta", "alpha")


d = D()
print(D.zeta is C.zeta, D.alpha is C.alpha, D.__dict__["alpha"], C.__dict__["alpha"])
d.alpha = "sub"
C.alpha.__set__(d, "base")
print(d.alpha, C.alpha.__get__(d), D.alpha.__get__(d))
print(list(D.__dict__))
print(D.__slots__, C.__slots__, type(D.__dict__["delta"]).__name__)


class S:
    __slots__ = "single"


print(S.__slots__, list(S.__dict__))


class L:
    __slots__ = ["b", "a"]


print(L.__slots__, [k for k in L.__dict__ if len(k) == 1])


def gen():
    yield "g2"
    yield "g1"


class G:
    __slots__ = gen()


print(type(G.__slots__).__name__, sorted(k for k in G.__dict__ if k.startswith("g")))


class M:
    __slots__ = {"m1": "doc one", "m0": "doc zero"}


print(M.__slots__, [k for k in M.__dict__ if k.startswith("m")])


class Dup:
    __slots__ = ("x", "x")


dup = Dup()
dup.x = 1
print(dup.x, list(Dup.__dict__))
