# Short strs are stored inline, long ones boxed: behaviour must not depend on which.
for n in (0, 1, 2, 21, 22, 23, 24, 40):
    s = "a" * n
    print(n, len(s), s[:2], s[-3:], s[::2] == "a" * ((n + 1) // 2), hash(s) == hash("".join(["a"] * n)))
# Non-ASCII text around the boundary: 2-, 3- and 4-byte characters.
for base in ("é", "€", "𝄞", "aé"):
    for k in (5, 7, 8, 11, 12):
        s = base * k
        print(len(s), len(s.encode()), s[1:3], s[-1], s[::-1] == "".join(reversed(s)), s.upper() == s.upper())
# In-place append crossing the inline capacity, with ASCII and non-ASCII pieces.
out = ""
for piece in ["abc", "def", "ghijklmnop", "qrstuvw", "é", "xyz", "€€", "long tail " * 3]:
    out += piece
    print(len(out), repr(out[-5:]), out.isascii())
# Equal strs built along different paths are equal keys with equal hashes.
a = "syllable" + "syllable"
b = "".join(["syl", "lable", "syllable"])
c = "syllablesyllableX"[:-1]
d = " syllablesyllable ".strip()
e = f"{'syllable'}{'syllable'}"
f = "syllable" * 2
print(a == b == c == d == e == f, len({hash(x) for x in (a, b, c, d, e, f)}))
counts = {}
for k in (a, b, c, d, e, f):
    counts[k] = counts.get(k, 0) + 1
print(counts)
words = ("kaloren shavo " * 5 + "épée naïve " * 3).split(" ")
print(len(words), words[:4], words[-3:])
print("x".join(words)[:40], len(" ".join(words)))
# Character iteration and indexing of mixed text.
m = "añb€c𝄞d" * 4
print([m[i] for i in range(0, len(m), 5)], list(m[:7]), m.find("𝄞"), m.rfind("€"))
print(m[3:25:3], m[-2:-9:-2])
