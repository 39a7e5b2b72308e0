# class body namespace: names are not visible inside methods, class attributes via self
x = "global"
class C:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def m(self):
        return x, self.x
print(C.y, C.items, C().m())
class Counter:
    count = 0
    def __init__(self)