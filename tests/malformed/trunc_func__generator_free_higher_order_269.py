# map/filter/zip with functions, functions as values in data structures
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.join, ",", "ab