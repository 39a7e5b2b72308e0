# PEP 560: a base that is not a class may stand for others through __mro_entries__.
class Base:
    pass


class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Base,)


class C(Entry(), int):
    pass


print(C.__mro__, C.__bases__, len(C.__orig_bases__), type(C.__orig_bases__[0]).__name__)
print(hasattr(Base, "__orig_bases__"), "__orig_bases__" in C.__dict__)


class L(list[str]):
    pass


print(L.__orig_bases__, L.__bases__, L(["a"]))


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class D(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class E(Empty()):
    pass


print(E.__mro__)
try:
    class F(3):
        pass
except TypeError as e:
    print("TypeError:", e)
