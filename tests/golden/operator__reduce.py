# __reduce__ of itemgetter/attrgetter/methodcaller (what copy and pickle use).
import operator
for g in [operator.itemgetter(1), operator.itemgetter(1, "a"), operator.attrgetter("a.b", "c"), operator.methodcaller("f", 1, 2), operator.methodcaller("g")]:
    print(g.__reduce__())
r = operator.methodcaller("f", 1, x=2).__reduce__()
print(r[0].func, r[0].args, r[0].keywords, r[1])
f, args = operator.itemgetter(2, 0).__reduce__()
print(f(*args)("abc"))
