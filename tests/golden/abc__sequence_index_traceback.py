# Sequence.index raises a bare ValueError when the value is absent
from collections.abc import Sequence
class S(Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
try:
    S().index(5)
except ValueError as e:
    print(type(e).__name__, repr(str(e)), e.args)
