# recursive inner functions, closures over loop variables via default args, and function identity
def make():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
f = make()
print(f(10), make() is make(), f.__name__, f.__qualname__)
def adders():
    return [lambda x, i=i: x + i for i in range(3)