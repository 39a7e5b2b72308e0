# arithmetic and comparison dunder methods, reflected and in-place variants
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(self.x * k, self.y * k)
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __lt__(self, o): return abs(self) < abs(o)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __repr__(self): return f"V({self.x}, {self.y})"
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b), a < b, a > b, a == V(1, 2), sorted([b, a]))
c = a
c += b
print(a, c is a, max([a, b, V(0, 0)]