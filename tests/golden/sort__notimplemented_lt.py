# __lt__ returning NotImplemented: list.sort calls it (again, through the generic comparison)
# and then the reflected __gt__, as CPython's unsafe_object_compare does.
class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return NotImplemented

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f"A{self.v}"


print(sorted([A(2), A(1), A(3)]))


class B(A):
    pass


print(sorted([A(2), B(1), A(0)]))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else ""

    def __repr__(self):
        return f"T{self.v}"


print(sorted([Truthy(3), Truthy(1), Truthy(2)]))


class Only:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v


print([o.v for o in sorted([Only(2), Only(1), Only(3)])])
class C:
    def __lt__(self, other):
        print("C.lt")
        return NotImplemented


try:
    sorted([C(), C()])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([C(), 5])
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __lt__(self, other):
        return self

    def __bool__(self):
        raise RuntimeError("no bool")


try:
    sorted([Boom(), Boom()])
except RuntimeError as e:
    print("RuntimeError:", e)
