# key= applies to the list items, not to x (insort applies it to x too).
import bisect

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
k = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=k), bisect.bisect_right(recs, 3, key=k), bisect.bisect(recs, 0, key=k))
bisect.insort(recs, ("e", 3), key=k)
bisect.insort_left(recs, ("f", 3), key=k)
bisect.insort_right(recs, ("g", 100), key=k)
print(recs)
words = ["kiwi", "fig", "banana", "apple"]
words.sort(key=len)
bisect.insort(words, "plum", key=len)
print(words, bisect.bisect_left(words, 5, key=len, lo=1))
print(bisect.bisect([1, 2, 3], 2, key=None))
