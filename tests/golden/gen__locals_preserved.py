# locals, loop state and closures survive across yields
def g():
    acc = []
    for i in range(3):
        acc.append(i)
        snapshot = list(acc)
        yield snapshot
    fns = []
    for k in range(2):
        def show(k=k):
            return k * 10
        fns.append(show)
        yield [f() for f in fns]

print(list(g()))

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()

c = counter()
print(next(c), next(c), next(c))
