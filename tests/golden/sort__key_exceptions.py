# Exceptions during sorting with a key: from the key function (list unchanged) and from the
# key comparisons (the items are left permuted the way CPython leaves them).
class Stop(Exception):
    pass


n = 0


def key(v):
    global n
    n += 1
    if n == 6:
        raise Stop("key call 6")
    return v


xs = list(range(10, 0, -1))
try:
    xs.sort(key=key)
except Stop as e:
    print(e, xs)

calls = 0


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        if calls == 9:
            raise Stop("compare 9")
        return self.v < other.v


xs = [4, 8, 1, 7, 3, 9, 2, 6, 5, 0, 11, 10]
try:
    xs.sort(key=K)
except Stop as e:
    print(e, xs)
calls = 0
xs = [4, 8, 1, 7, 3, 9, 2, 6, 5, 0, 11, 10]
try:
    xs.sort(key=K, reverse=True)
except Stop as e:
    print(e, xs)
calls = 0
ys = [4, 8, 1, 7, 3, 9, 2, 6, 5, 0, 11, 10]
try:
    print(sorted(ys, key=K))
except Stop as e:
    print(e, ys)
try:
    sorted([1, 2, 3], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
