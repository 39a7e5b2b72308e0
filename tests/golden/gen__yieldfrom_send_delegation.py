# send() goes straight through yield from to the sub-generator
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def middle():
    grand = []
    while True:
        t = yield from accumulate()
        grand.append(t)
        if len(grand) == 2:
            return grand

def top():
    r = yield from middle()
    print("all totals", r)

it = top()
print(next(it))
for v in (1, 2, 3):
    print("send", v, "->", it.send(v))
print(it.send(None))
print(it.send(10), it.send(5))
try:
    it.send(None)
except StopIteration as e:
    print("finished", e.value)
