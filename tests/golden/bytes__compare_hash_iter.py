# bytes comparison, hashing, iteration yields ints, slicing yields bytes
a, b = b"abc", b"abd"
print(a < b, a == b"abc", a != "abc", a[0], a[0:1], a[-1:], list(a), [bytes([c]) for c in a])
print(hash(a) == hash(b"abc"), {a: 1}[b"abc"], b"" < b"\x00", max(b"az"), sorted(b"cab"))
print(len(b"\xe2\x82\xac"), b"\xe2\x82\xac".decode(), "€".encode("utf-8") == b"\xe2\x82\xac")
print(b"a" * 3, 2 * b"xy", b"abc" in b"zabcz", b"".join([]), bytes(b"copy"))
