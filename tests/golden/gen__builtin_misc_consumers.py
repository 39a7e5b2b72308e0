# more consumers of generators: *args/**kwargs unpacking errors, displays, slice assignment,
# min/max/sorted keys, bytes, nested zip/dict
def f(*a, **k): return a, k
def g():
    yield 1
    raise TypeError("inside gen")
try:
    f(*g())
except TypeError as e:
    print("1", e)
try:
    f(**(x for x in []))
except TypeError as e:
    print("2", e)
try:
    [*g()]
except TypeError as e:
    print("3", e)
try:
    {**(x for x in [])}
except TypeError as e:
    print("4", e)
try:
    set(([1], ) for _ in "a")
    set([x] for x in "a")
except TypeError as e:
    print("5", e)
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print("6", e)
try:
    sorted((x for x in [3, 1]), key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("7", e)
print(sum((x for x in [[1], [2]]), start=[]))
print(list(enumerate((c for c in "ab"), start=10**2)))
print(min((x for x in "bca"), key=ord), max((x for x in []), default="d", key=len))
a = [1, 2, 3]
a[1:2] = (x * 10 for x in range(3))
print(a)
a[::2] = (x for x in "xyz")
print(a)
try:
    a[::2] = (x for x in "xy")
except ValueError as e:
    print("8", e)
print(bytes(x for x in range(3)), bytes(x for x in []))
try:
    bytes(x for x in [256])
except ValueError as e:
    print("9", e)
print(" ".join(map(str, (i for i in range(3)))))
print(list(reversed(list(x for x in "abc"))))
print(str(tuple(x for x in "ab")), frozenset(x for x in "aa"))
s = "abc"
print(s.join(x for x in "12"), "-".join(g2 for g2 in ()))
print(dict(zip((k for k in "ab"), (v for v in range(5)))))
print(all(x for x in ()), any(x for x in ()))
print(divmod(*(x for x in (7, 2))))
print(isinstance((x for x in ()), object), issubclass(type(x for x in ()), object))
