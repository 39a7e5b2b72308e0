# sorted()/list.sort() argument handling and results.
print(sorted([3, 1, 2], key=None), sorted([3, 1, 2], reverse=True))
xs = [3, 1, 2]
print(xs.sort(), xs)
for call in (
    lambda: sorted(),
    lambda: sorted([1], [2]),
    lambda: sorted([1], cmp=None),
    lambda: [1].sort(None),
    lambda: [1].sort(kee=None),
    lambda: sorted(5),
    lambda: sorted([1], key=5),
    lambda: [2, 1].sort(key=5),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print("TypeError:", e)
it = iter([5, 4, 6])
print(sorted(it), list(it))
g = sorted(x for x in "sorting")
print(g, type(g).__name__)
a = [1, 2, 3]
b = sorted(a)
print(a is b, a == b)


def gen():
    print("iterating")
    yield 2
    yield 1


for rev in (1.5, None, 2**100, -(2**31) - 1, 2**31 - 1, "x", True, 0, [1]):
    for f in (lambda: sorted(gen(), reverse=rev), lambda: [2, 1].sort(reverse=rev)):
        try:
            print(repr(rev), f())
        except (TypeError, OverflowError) as e:
            print(repr(rev), type(e).__name__, e)
for kw in ({"foo": 1}, {"key": None, "reverse": 1, "foo": 1}):
    try:
        sorted(gen(), **kw)
    except TypeError as e:
        print("TypeError:", e)


class Idx:
    def __index__(self):
        print("index called")
        return 1


print(sorted([1, 3, 2], reverse=Idx()))
