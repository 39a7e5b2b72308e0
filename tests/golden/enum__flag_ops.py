# Flag operators with non-members, IntFlag arithmetic, boolean tests, sorting by value
from enum import Flag, IntFlag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Perm.R & 'x'
except TypeError as e:
    print(type(e).__name__, e)
all_perms = Perm.R | Perm.W | Perm.X
print([p.name for p in all_perms], bool(all_perms & Perm.W), Perm.W in all_perms)
print(repr(all_perms & ~Perm.W), Perm(6) == Perm.R | Perm.W, (Perm.R | Perm.W) is Perm(6))


class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4


m = Open.READ | Open.WRITE
print(repr(m), m == 3, m + 1, m & 1, repr(m & Open.READ), int(m), sorted([Open.APPEND, Open.READ]))
print(Open.READ in m, Open.APPEND in m, repr(Open(0)), bool(Open(0)), repr(Open(16)))
print(repr(~Open.READ), hash(Open.WRITE) == hash(2), '{}|{:>3}'.format(Open.READ, Open.WRITE))
