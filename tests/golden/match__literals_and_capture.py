# match with literal, capture, wildcard and or-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case n if isinstance(n, int) and n < 0:
            return f"negative {n}"
        case _:
            return "other"
print([describe(v) for v in (0, 2, "hello", None, True, -4, 99, 1.0)])
