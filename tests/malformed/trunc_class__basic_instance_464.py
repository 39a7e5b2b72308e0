# classes, instances, instance and class attributes, methods
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
q = Point(1, 1)
print(p.x, p.y, p.norm2(), Point.dims, p.dims, Point.norm2(q))
p.dims = 3
print(p.dims, q.dims, Point.dims, p.__dict__, type(p).__name__, type(p) is Point)
Point.dims = 5
print(q.dims, hasattr(p, "z"), getattr(p, "z