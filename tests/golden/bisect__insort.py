# insort_left vs insort_right with equal keys; building a sorted list.
import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, x)
print(a)
l = [(1, "first")]
bisect.insort_left(l, (1,))
bisect.insort_right(l, (1, "z"))
print(l)
x, y = 1.0, 1
s = [1]
bisect.insort_left(s, x)
bisect.insort_right(s, True)
print(s, [type(v).__name__ for v in s])
print(bisect.insort([1], 2))
