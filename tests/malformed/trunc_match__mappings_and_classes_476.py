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
            return f"on y axis at {y}