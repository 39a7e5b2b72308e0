import sys
from .mod import (a as b, c)

@decorator(arg)
class Point(Base, metaclass=Meta):
    """Doc."""
    x: int = 0

    def __init__(self, x, /, y=2, *args, z, **kw) -> None:
        self.x, self.y = x, y
        total = sum(v ** 2 for v in (x, y) if v)
        return [i for i in range(10) if i % 2] or {k: v for k, v in kw.items()}

async def main():
    async with lock as l, other():
        await task
    try:
        result = yield from gen()
    except* (ValueError, TypeError) as eg:
        raise RuntimeError('bad') from eg
    finally:
        del a[1:2, ::3], b.c
    print(f'{result!r:>{width}} {total=}', end='')
    x = -2 ** -1 if not a < b <= c else lambda *a, k=1: (yield)

match command.split():
    case ["go", direction] if direction in dirs:
        pass
    case Point(x=0, y=0) | [1, *_] | {"k": v, **rest}:
        pass
    case -1 | 1.5 + 2j | None | a.b as c:
        pass
    case _:
        pass
