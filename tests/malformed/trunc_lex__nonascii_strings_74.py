# non-ASCII and astral characters in string literals
s = "naïve café 日本語 😀