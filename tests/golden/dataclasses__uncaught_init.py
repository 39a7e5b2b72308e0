# an uncaught argument error from a generated __init__
from dataclasses import dataclass


@dataclass
class P:
    x: int
    y: int = 0


print(P(1))
P()
