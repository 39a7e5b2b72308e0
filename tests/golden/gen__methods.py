# generator methods: instance, class, static, property-returned and lambda generators
class C:
    factor = 3
    def __init__(self, n):
        self.n = n
    def gen(self):
        for i in range(self.n):
            yield i * self.factor
    @classmethod
    def cgen(cls):
        yield cls.__name__
    @staticmethod
    def sgen(*args):
        yield from args
    @property
    def pgen(self):
        return (i for i in range(self.n))

c = C(3)
print(list(c.gen()), list(C.cgen()), list(C.sgen(1, 2)), list(c.pgen))
lam = lambda: (yield 7)
print(list(lam()), type(lam()).__name__, lam().__name__)
