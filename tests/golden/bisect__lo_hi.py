# lo and hi bound the search (positional and keyword; hi=None means len(a)).
import bisect

a = list(range(0, 20, 2))
print(bisect.bisect_left(a, 7, 2), bisect.bisect_left(a, 7, 5), bisect.bisect_right(a, 7, 0, 2))
print(bisect.bisect_left(a, 100, hi=3), bisect.bisect_right(a, -5, lo=4), bisect.bisect(a, 8, lo=1, hi=None))
print(bisect.bisect_left(a, 7, 8, 3), bisect.bisect_right(a, 7, hi=-5), bisect.bisect_left(a, 7, True))
b = [5]
bisect.insort(b, 1, 1)
bisect.insort_left(b, 9, hi=0)
print(b)
