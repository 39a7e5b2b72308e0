# methods, properties, classmethods, __init__ with tuple values, _missing_
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite(cls):
        return cls.SQUARE


print(Shape.CIRCLE.describe(), str(Shape.CIRCLE), Shape.favorite(), f"{Shape.SQUARE}")


class Lenient(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Lenient('A'), Lenient('b'))
try:
    Lenient(3)
except ValueError as e:
    print(type(e).__name__, e)


class Weird(Enum):
    X = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    Weird(2)
except TypeError as e:
    print(type(e).__name__, e)
