# uncaught RecursionError through a recursive yield from chain: the repeated frames collapse
# (yield from, not next(): CPython's next() costs extra depth until its CALL is specialised)
def down(n):
    yield n
    yield from down(n + 1)

for v in down(0):
    pass
