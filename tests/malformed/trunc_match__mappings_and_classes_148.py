# mapping patterns, class patterns with positional and keyword subpatterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y)