# string equality, ordering by code point, hashing consistency and dict lookups with equal strings
a = "hello"
b = "".join(["hel", "lo"])
print(a == b, hash(a) == hash(b), {a: 1}[b], a is not None, "Z" < "a", "é" > "z", "a" < "aa")
print(sorted(["b", "B", "á", "a", "A", "_", "1"]), max("Zebra", "apple"), min(["x", "X"]))
print("abc".__eq__("abc"), "abc".__lt__("abd"), 