# class-definition errors: ordering of defaults, mutable defaults, untyped field()
from dataclasses import dataclass, field

cases = []


def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def order():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        items: dict = {}


def mutable_set():
    @dataclass
    class C:
        s: set = set()


def untyped():
    @dataclass
    class C:
        x = field(default=1)


def both():
    field(default=1, default_factory=list)


def tuple_ok():
    @dataclass
    class C:
        t: tuple = (1, [2])


for label, make in [('order', order), ('list', mutable_list), ('dict', mutable_dict),
                    ('set', mutable_set), ('untyped', untyped), ('both', both),
                    ('tuple', tuple_ok)]:
    attempt(label, make)
