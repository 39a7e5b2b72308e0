# hash() of str and bytes under PYTHONHASHSEED=0, including non-Latin-1 text (hashed over
# its UCS-2 / UCS-4 form, as CPython does) and the empty string.
for s in ["", "a", "abc", "abcdefgh", "abcdefghi", "é", "ÿ", "Ā", "€uro", "😀", "a😀b", "x" * 100]:
    print(repr(s)[:20], hash(s))
for b in [b"", b"a", b"abcdefgh", b"\xff\x00", b"y" * 33]:
    print(b[:10], hash(b))
print(hash("abc") == hash("abc"[:]), hash("ab" + "c") == hash("abc"))
print(hash(("a", "b")), hash(frozenset({"a", "b"})))
print(hash(b"abc") == hash("abc"))
