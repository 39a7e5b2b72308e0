# __instancecheck__ / __subclasscheck__ on the type of a non-type second argument
class Checker:
    def __instancecheck__(self, inst):
        return isinstance(inst, int)
    def __subclasscheck__(self, c):
        return c is str
print(isinstance(1, Checker()), isinstance("x", Checker()), issubclass(str, Checker()))
print(issubclass(int, Checker()), isinstance(1, (Checker(), str)))
class ProxyClass:
    @property
    def __class__(self):
        return int
print(isinstance(ProxyClass(), int), isinstance(ProxyClass(), ProxyClass), type.__instancecheck__(int, ProxyClass()))
print(type.__subclasscheck__(int, bool), int.__instancecheck__(True))
