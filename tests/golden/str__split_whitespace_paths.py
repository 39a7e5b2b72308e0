# str.split() on whitespace: the ASCII byte-scan path and the Unicode path agree with CPython.
cases = ["", "   ", "a", " a ", "a b  c", "\t\na\x0bb\x0cc\rd\x1ce\x1df\x1eg\x1fh i", "  a b  c ", "x\x85y", "é b\u3000c"]
for s in cases:
    for m in (-1, 0, 1, 2):
        print(repr(s), m, s.split(None, m), s.split(maxsplit=m), s.rsplit(None, m))
print("a b".split(), "ab".split())
