# Mixed numeric types, strings and tuples; an index sorted by key with bisect.
import bisect

f = [0.5, 1, 1.5, 2, 2.5]
print(bisect.bisect_left(f, 1.0), bisect.bisect_right(f, 1.0), bisect.bisect(f, True), bisect.bisect(f, float("inf")))
names = sorted(["pear", "apple", "fig", "banana", "cherry"])
print(names, bisect.bisect_left(names, "c"), bisect.bisect_right(names, "fig"), bisect.bisect(names, "zzz"))
pts = [(0, "a"), (0, "b"), (1, "a")]
print(bisect.bisect_left(pts, (0, "b")), bisect.bisect_right(pts, (0,)), bisect.bisect_left(pts, (0, "c")))
big = list(range(0, 10**6, 3))
print(bisect.bisect_left(big, 299999), bisect.bisect_right(big, 300000), bisect.bisect(big, -1))
