# The fused attribute forms (LOAD_FAST+LOAD_ATTR/LOAD_METHOD/STORE_ATTR, COPY 1+LOAD_ATTR,
# SWAP 2+STORE_ATTR) on receivers their cache does not serve, and on an unbound local.
class P:
    def __init__(self):
        self.n = 1

    @property
    def prop(self):
        return "prop"


class G:
    def __getattr__(self, name):
        return "getattr:" + name


class S:
    __slots__ = ("n",)


def reads(o):
    return o.n


def aug(o):
    o.n += 10
    return o.n


def store(o, v):
    o.n = v
    return o


def meth(o):
    return o.upper()


for o in (P(), S(), G()):
    try:
        print(type(o).__name__, reads(o))
    except AttributeError as e:
        print("AttributeError:", e)
s = S()
s.n = 5
print(aug(s), aug(P()))
print(store(P(), 3).n, store(s, 4).n)
print(meth("abc"), P().prop)


class D(dict):
    pass


d = D()
d.n = 7
print(reads(d), aug(d))
try:
    aug(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    store((), 1)
except AttributeError as e:
    print("AttributeError:", e)


def unbound():
    if False:
        x = None
    return x.n


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
for i in range(3):
    # a site that sees instances, then a str, then instances again
    for o in (P(), "s", P()):
        try:
            print(reads(o), end=" ")
        except AttributeError as e:
            print("AE", end=" ")
print()


def deep(o):
    return o.missing


deep(P())
