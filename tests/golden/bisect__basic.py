# bisect_left/bisect_right on sorted lists with duplicates; bisect is bisect_right.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 5, 8, 9, 2.5, -1.0]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect)
print(bisect.bisect_left("abdf", "c"), bisect.bisect_right(("a", "b", "b"), "b"), bisect.bisect(range(0, 100, 10), 35))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
