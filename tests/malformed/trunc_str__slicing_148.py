# string indexing and slicing with negative indices and steps
s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[1