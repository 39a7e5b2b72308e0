from itertools import zip_longest, pairwise

def g(name, n):
    try:
        for i in range(n):
            print("  ", name, "yields", i)
            yield i
        print("  ", name, "exhausted")
    finally:
        print("  ", name, "finalised")

print(list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()))
print(list(zip_longest([1, 2])))
for t in zip_longest(g('a', 1), g('b', 3)):
    print(t)
print(list(zip_longest([], [], fillvalue=0)))
try:
    zip_longest(x=1)
except TypeError as e:
    print(e)
try:
    zip_longest([1], fillvalue=0, x=1)
except TypeError as e:
    print(e)

print(list(pairwise('abcd')))
print(list(pairwise([1])))
print(list(pairwise([])))
p = pairwise(g('p', 3))
for t in p:
    print(t)
print("after pairwise loop")
print(list(p))
for bad in [lambda: pairwise(), lambda: pairwise(1, 2), lambda: pairwise(3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
