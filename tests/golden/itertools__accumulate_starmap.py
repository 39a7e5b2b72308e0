from itertools import accumulate, starmap

def g(xs):
    for x in xs:
        print("  pull", x)
        yield x

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], initial=100)))
print(list(accumulate([], initial=7)))
print(list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate(g([1, 2, 3]), func=lambda a, b: a * 10 + b, initial=None)))
a = accumulate(g([5, 6]), initial=0)
print(next(a))
print("--")
print(next(a))
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print(e)
for bad in [lambda: accumulate(), lambda: accumulate([1], None, 3), lambda: accumulate([1], x=2),
            lambda: accumulate(5)]:
    try:
        bad()
    except TypeError as e:
        print(e)

print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(starmap(lambda *a: a, ['ab', [1, 2, 3], ()])))
print(list(starmap(lambda a, b: a + b, g([(1, 2), (3, 4)]))))
try:
    list(starmap(len, [1]))
except TypeError as e:
    print(e)
for bad in [lambda: starmap(len), lambda: starmap(len, 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
