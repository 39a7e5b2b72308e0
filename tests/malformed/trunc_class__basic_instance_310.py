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
print(p.x, p.y, p.norm2(), Point.dims, p.dims, Point.norm2(q)