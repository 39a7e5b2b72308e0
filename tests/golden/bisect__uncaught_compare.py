# An uncaught comparison error inside bisect.insort: only the caller's frame, as CPython.
import bisect

a = [1, 2, 3]
bisect.insort(a, 2)
print(a)
bisect.insort(a, "x")
