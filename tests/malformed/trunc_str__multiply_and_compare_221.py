# repetition, concatenation, comparison and membership
print("ab" * 3, 3 * "x", "a" * 0, "a" * -1 == "", "abc" + "def")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc", "a" != "b")
print(min("hello"