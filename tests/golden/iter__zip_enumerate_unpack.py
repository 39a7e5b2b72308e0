# zip/map keep their iterators in a shared slice; the two-iterable zip builds its pair in
# place; a temporary tuple's items move out when unpacked.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
for s in ([1, 2], [1, 2, 3]):
    try:
        print(list(zip(s, [9, 8], strict=True)))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(list(zip([9, 8], s, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
z = zip(iter([1, 2]), iter([3]))
print(next(z), list(z))
print(list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))), list(map(str, range(3))))
n = 0
for i, (a, (b, c)) in enumerate(zip("xyz", zip([1, 2, 3], [4, 5, 6]))):
    n += i * b * c
    print(i, a, b, c)
print(n)
t = (1, 2)
a, b = t
print(a, b, t)
def gen():
    yield 1
    yield 2
it = zip(gen(), gen(), strict=True)
print(list(it))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
for x, y in [(D(1), D(2))]:
    pass
print("after loop")
del x, y
print("end")
