# two delegators sharing one sub-generator advance it alternately
def sub():
    for i in range(4):
        yield i

s = sub()

def d(name):
    for v in s:
        yield name, v
        break
    yield from s

a, b = d("a"), d("b")
print(next(a), next(b))
print(list(a), list(b))
