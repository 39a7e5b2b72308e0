# @dataclass with and without parentheses: __init__, __repr__, __eq__, __match_args__, __doc__
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass()
class Named:
    name: str
    tags: tuple = ()


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(Point.__match_args__, Point.__doc__, Named.__doc__)
print(Named('n'), repr(Named('q', ('a',))))
print(Point.__hash__, Point.__eq__(p, (1, 2)))
p.x = 10
print(p, p.__dict__)
match Point(0, 7):
    case Point(0, y):
        print('on the y axis at', y)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)


class Plain:
    pass


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)
