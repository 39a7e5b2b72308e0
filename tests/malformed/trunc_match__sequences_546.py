# sequence patterns with star captures and nesting
def shape(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest] if len(rest) > 2:
            return f"long from {first} rest {rest}"
        case (a, [b, c], *_):
            return f"nested {a} {b} {c}"
        case _:
            return "other"
for v in ([], [1], (1, 2), [1, 2, 3, 4], [0, [5, 6], 7], "ab", [1, 2, 3]):
    print(repr(v), "->", shape(v)