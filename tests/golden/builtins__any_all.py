# any and all short-circuit (shown with a lazy map) and handle empty iterables
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0]]), all([1, 0]), any([x > 3 for x in range(5)]))
def noisy(v):
    print("check", v)
    return v
print(any(map(noisy, [0, 1, 2])), all(map(noisy, [1, 0, 2])))
