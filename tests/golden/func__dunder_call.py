# functions, builtins and methods expose __call__
def f(x, y=1): return x + y
class K:
    def m(self, a): return a * 3
print(f.__call__(1), f.__call__(1, y=5), len.__call__([1, 2]), K().m.__call__(2))
print("__call__" in type(f).__dict__, "__call__" in type(len).__dict__, "__call__" in type(K().m).__dict__)
print(type(f).__call__(f, 2), callable(f.__call__))
