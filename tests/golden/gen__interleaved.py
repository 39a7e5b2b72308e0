# several independent generators from the same function keep separate state
def letters(prefix):
    for c in "abc":
        yield prefix + c

a, b = letters("a"), letters("b")
print(next(a), next(a), next(b), next(a), next(b))
print(list(b), list(a))
zipped = zip(letters("x"), letters("y"), letters("z"))
print(list(zipped))
