# The class's __lt__ is looked up on every comparison: redefining it mid-sort takes effect.
class Late:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("first", self.v, o.v)
        Late.__lt__ = lambda s, o: print("second", s.v, o.v) or s.v < o.v
        return self.v < o.v


print([x.v for x in sorted([Late(3), Late(1), Late(2), Late(0)])])


class Sub(Late):
    pass


Late.__lt__ = lambda s, o: print("base", s.v, o.v) or s.v < o.v
print([x.v for x in sorted([Sub(2), Sub(1), Sub(3)])])
Sub.__lt__ = lambda s, o: print("sub", s.v, o.v) or s.v > o.v
print([x.v for x in sorted([Sub(2), Sub(1), Sub(3)])])
print([x.v for x in sorted([Sub(2), Late(1), Sub(3), Late(0)])])
