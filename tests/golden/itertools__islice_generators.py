from itertools import islice, count

def g(n):
    try:
        for i in range(n):
            print("  gen yields", i)
            yield i
        print("  gen exhausted")
    finally:
        print("  gen finalised")

print(list(islice(range(10), 3)))
print(list(islice(range(10), 2, 8)))
print(list(islice(range(10), 2, None)))
print(list(islice(range(10), None)))
print(list(islice(range(10), None, None, 3)))
print(list(islice(range(10), 1, 9, 2)))
print(list(islice('abcdefg', 0)))
print(list(islice(count(), 5, 20, 5)))

print("stop early, generator stays suspended")
gen = g(10)
s = islice(gen, 2)
for x in s:
    print("got", x)
print("after loop")
print(next(gen))
gen.close()

print("exhaust the generator through islice")
s = islice(g(3), 1, 10)
for x in s:
    print("got", x)
print("list again:", list(s))

print("step skips pull lazily")
s = islice(g(6), 1, 5, 2)
print(next(s))
print("between")
print(next(s))
print("end")
print(list(s))
del s

for args in [(-5,), (1.5,), (1, -5), (-1, 5), (1, 5, 0), (1, 5, 1.5), (), (1, 2, 3, 4),
             (2**70,), ('a', 2), (None, 'b')]:
    try:
        islice([1, 2, 3], *args)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    islice([1], stop=1)
except TypeError as e:
    print(e)
try:
    islice(5, 2)
except TypeError as e:
    print(e)
