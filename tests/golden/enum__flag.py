# Flag and IntFlag: |, &, ^, ~, membership, iteration, composite reprs, boundaries
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), list(rw), Perm.R in rw, Perm.X in rw, len(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(repr(~Perm.R), repr(~rw), repr(rw & Perm.R), repr(rw ^ Perm.R), repr(Perm(7)))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN | Color.BLUE))


class P(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(P.R | P.W), str(P.R | P.W), P.R | P.W == 6, repr(P(8)), repr(P.R | 1))
print(repr(~P.R), P.W + 1, isinstance(P.R, int), list(P(7)))
