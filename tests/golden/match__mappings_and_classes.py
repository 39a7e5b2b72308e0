# mapping patterns, class patterns with positional and keyword subpatterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **rest}:
            return f"{t} with {rest}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
    return "no match"
for v in [{"type": "circle", "r": 2}, {"type": "sq", "side": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 7, 2.5, "s", [1]]:
    print(where(v))
