# an uncaught FrozenInstanceError: the generated __setattr__ frame is "<string>"
from dataclasses import dataclass


@dataclass(frozen=True)
class Pt:
    x: int


p = Pt(1)
print(p)
p.x = 5
