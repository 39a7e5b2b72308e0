# An uncaught error inside itemgetter: only the caller's frame, as CPython (C code).
from operator import itemgetter

rows = [(1, "a"), (2, "b"), (3,)]
print(sorted(rows[:2], key=itemgetter(1)))
print([itemgetter(1)(r) for r in rows])
