# a user metaclass's __instancecheck__ / __subclasscheck__ decide isinstance / issubclass
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class A(metaclass=Meta):
    pass
print(isinstance(42, A), isinstance(A(), A), isinstance(3, (str, A)))
print(issubclass(int, A), issubclass(str, (A, float)), issubclass(A, A))
class B(A):
    pass
print(isinstance(B(), A), isinstance(B(), B))
