# bytes comparison, hashing, iteration yields ints, slicing yields bytes
a, b = b"abc", b"abd"
print(a < b, a == b"abc", a != "abc