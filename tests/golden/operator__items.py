# getitem/setitem/delitem, concat/iconcat, index, length_hint, call.
import operator as op

l = [0, 1, 2, 3, 4]
print(op.getitem(l, 2), op.getitem(l, slice(1, 3)), op.getitem("hello", -1), op.getitem({"a": 1}, "a"))
op.setitem(l, 0, "x")
op.setitem(l, slice(3, 5), ["y"])
op.delitem(l, 1)
print(l)
d = {}
op.setitem(d, "k", 1)
op.delitem(d, "k")
print(d)
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
a = [1]
print(op.iconcat(a, [2]) is a, a)
print(op.index(5), op.index(True), op.index(2**70))


class I:
    def __index__(self):
        return 7


class H:
    def __length_hint__(self):
        return 4


class N:
    def __length_hint__(self):
        return NotImplemented


print(op.index(I()), list(range(10))[op.index(I())])
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(H()), op.length_hint(N(), 9),
      op.length_hint(5), op.length_hint(5, 3), op.length_hint(iter(range(10))), op.length_hint({}))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
for bad in [lambda: op.getitem(5, 0), lambda: op.getitem([1], 5), lambda: op.getitem({}, "z"),
            lambda: op.concat(1, 2), lambda: op.concat([1], (2,)), lambda: op.index(1.5),
            lambda: op.index("3"), lambda: op.length_hint(5, "x"), lambda: op.delitem((1,), 0),
            lambda: op.setitem("ab", 0, "c")]:
    try:
        bad()
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
