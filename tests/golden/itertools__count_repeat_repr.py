import itertools
from itertools import count, repeat
print(type(count()), type(repeat(1)))
print(count(), count(5), count(0, 2), count(1.5), count(1.5, 1.0), count(0, True), count(-3, -1))
c = count(10, 5)
print(next(c), next(c), c)
c = count(2**62, 2**62)
print(next(c), next(c), next(c), c)
c = count(0.5, 0.25)
print([next(c) for _ in range(4)], c)
print(repeat(1, 3), repeat('a'), repeat(None, -2), repeat([1], 0))
r = repeat('x', 2)
print(list(r), list(r), r)
print(list(zip(count(1), 'abc')))
print(list(map(pow, range(5), repeat(2))))
for bad in [lambda: count('a'), lambda: count(1, 'a'), lambda: count(1, 2, 3),
            lambda: count(x=1), lambda: repeat(), lambda: repeat(1, 2, 3),
            lambda: repeat(1, 'a'), lambda: repeat(1, x=2), lambda: repeat(1, object=2),
            lambda: count(start=3, step=2), lambda: repeat(object=4, times=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    len(count())
except TypeError as e:
    print(e)
