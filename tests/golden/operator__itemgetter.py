# itemgetter: single and multiple items, as a sort key, its repr and errors.
from operator import itemgetter

rows = [("bob", 25, "x"), ("alice", 30, "y"), ("carol", 25, "a")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
g = itemgetter(2, 0, -1)
print(g("abcdef"), g([10, 20, 30]))
print(itemgetter("k")({"k": "v"}), itemgetter(slice(1, None))("hello"), itemgetter(0)(range(5, 9)))
print(itemgetter(1), itemgetter(1, "a"), itemgetter((1, 2)), itemgetter(slice(None, 2)), repr(itemgetter("x'y")))
print(type(itemgetter(1)).__name__, callable(itemgetter(1)))
for bad in [lambda: itemgetter(), lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2),
            lambda: itemgetter(5)([1]), lambda: itemgetter("z")({}), lambda: itemgetter(0)(5),
            lambda: itemgetter(0)(x=1)]:
    try:
        bad()
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
