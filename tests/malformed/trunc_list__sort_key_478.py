# sort and sorted with key= and reverse=, stability
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs, reverse=True); print(nums)
print(sorted([3.5, 1, 2**70, -1]), sorted("cab"), sorted((3, 1, 2), reverse=True))
try