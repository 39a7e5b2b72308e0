# yield statement: values come out one at a time; the body runs only on next()
def count(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("done")

g = count(3)
print("created")
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(count(0)))
