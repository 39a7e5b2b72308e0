# map/filter/zip with functions, functions as values in data structures
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.join, ",", "ab"), list(filter(None, [0, 1, "", "x"])))
print(list(map(pow, [2, 3], [3, 2])), list(zip(*[(1, "a"), (2, "b")])))
