# if/elif/else chains and truthiness of many values
def classify(x):
    if x < 0:
        return "neg"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-5, 0, 3, 50)])
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, 2**100, set(), range(0)]:
    print(repr(v), "truthy" if v else "falsy")
