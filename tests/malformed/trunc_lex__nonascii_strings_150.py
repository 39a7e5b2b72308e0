# non-ASCII and astral characters in string literals
s = "naïve café 日本語 😀"
print(s, len(s))
print(s.upper())
print([c for c in "aé😀"])
print(ascii(s)