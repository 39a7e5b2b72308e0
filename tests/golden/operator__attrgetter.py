# attrgetter: plain and dotted names, several names, repr and errors.
from operator import attrgetter


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner


a = P("a", P("b", P("c")))
print(attrgetter("name")(a), attrgetter("inner.name")(a), attrgetter("inner.inner.name")(a))
print(attrgetter("name", "inner.name")(a))
print(sorted([P("z"), P("m"), P("q")], key=attrgetter("name"))[0].name)
print(attrgetter("real", "imag", "numerator")(7), attrgetter("__class__.__name__")(5))
print(attrgetter("name"), attrgetter("a.b", "c"), attrgetter("a."))
for bad in [lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter("a", 2),
            lambda: attrgetter("nope")(a), lambda: attrgetter("inner.nope")(a),
            lambda: attrgetter("x")(5), lambda: attrgetter("name")()]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
