class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
l = list(range(10))
print(l[Idx(2)], l[Idx(1):Idx(7):Idx(2)])
print("abcdef"[Idx(3)], (1, 2, 3)[Idx(-1)], b"xyz"[Idx(0)])
print(list(range(Idx(3))), range(Idx(1), Idx(10), Idx(3)))
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)))
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(4)) if hasattr(Idx, "__int__") else "no __int__")
try:
    print(int(Idx(4)))
except TypeError as e:
    print(type(e).__name__, e)
l[Idx(0)] = "set"
del l[Idx(1)]
print(l[:3])
print(slice(Idx(1), 5).indices(10))
print(chr(Idx(65)), f"{Idx(10):x}" if False else "skip")
class NotIdx: pass
STR, FLT, TUP = "s", 1.0, (1, 2)
for f in [lambda: l[NotIdx()], lambda: STR[FLT], lambda: range(1.5), lambda: hex(1.0),
          lambda: [1][NotIdx():], lambda: [0] * 1.5, lambda: TUP[STR]]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIdx:
    def __index__(self): return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][2**100]
except IndexError as e:
    print(type(e).__name__, e)
