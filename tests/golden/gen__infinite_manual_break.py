# infinite generators stopped by a manual break, and resumed afterwards
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

nat = naturals()
for n in nat:
    if n * n > 50:
        break
print("stopped at", n, "then", next(nat))
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
