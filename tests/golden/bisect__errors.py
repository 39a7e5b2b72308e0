# Argument errors with CPython's messages.
import bisect

for bad in [lambda: bisect.bisect_right([1], 1, -1), lambda: bisect.insort([1], 1, lo=-2),
            lambda: bisect.bisect_left([1], 1, 1.0), lambda: bisect.bisect_left([1], 1, 0, "x"),
            lambda: bisect.bisect_right(), lambda: bisect.bisect_right([1]),
            lambda: bisect.bisect_right([1], 1, 2, 3, 4), lambda: bisect.bisect_left([1], 1, foo=1),
            lambda: bisect.bisect_left([1], 1, lo=0, a=1), lambda: bisect.bisect_right([1], 1, 0, 10),
            lambda: bisect.bisect_right(5, 1), lambda: bisect.insort((1, 2), 1),
            lambda: bisect.bisect([1, "a"], 0), lambda: bisect.bisect([1, 2], 1, key=5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
