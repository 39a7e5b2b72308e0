class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D("cycle"); a.me = a
del a
print("after cycle del")
class R:
    def __del__(self):
        global saved
        saved = self
        print("resurrect")
r = R(); del r
print("saved", type(saved).__name__)
del saved
print("deleted again")
g = (D(i) for i in range(2))
x = next(g)
del x
print("end")
class Pair:
    def __init__(self, n): self.n = n
    def __del__(self): print("pair del", self.n)
p1, p2 = Pair(1), Pair(2)
p1.other, p2.other = p2, p1
del p1, p2
print("pair cycle unreachable")
