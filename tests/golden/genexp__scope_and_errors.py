# generator expressions evaluate the first iterable eagerly and the rest lazily
def src():
    print("source built")
    return [1, 2]
g = (x + y for x in src() for y in [10, 20])
print("created")
print(list(g))
try:
    (1 / x for x in [1, 0])
    print("no error yet")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
