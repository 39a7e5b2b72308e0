# repetition, concatenation, comparison and membership
print("ab" * 3, 3 * "x", "a" * 0, "a" * -1 == "", "abc" + "def")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc", "a" != "b")
print(min("hello"), max(["apple", "banana", "cherry"]), sorted(["b", "A", "a", "B"]))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
