# methodcaller with positional and keyword arguments, its repr and errors.
from operator import methodcaller

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", "o", 1)("banana"), methodcaller("get", "k", 0)({}))
print(sorted(["b", "A", "c"], key=methodcaller("lower")))
print(methodcaller("sort", reverse=True), methodcaller("f", 1, "two", x=3, y=[4]), methodcaller("g"))
l = [3, 1, 2]
methodcaller("sort", reverse=True)(l)
print(l)
for bad in [lambda: methodcaller(), lambda: methodcaller(5), lambda: methodcaller("nope")(1),
            lambda: methodcaller("upper")(), lambda: methodcaller("upper", 1)("a")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
