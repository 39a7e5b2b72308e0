# recursive inner functions, closures over loop variables via default args, and function identity
def make():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
f = make()
print(f(10), make() is make(), f.__name__, f.__qualname__)
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders()])
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
