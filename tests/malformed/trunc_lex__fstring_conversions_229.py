# !r !s !a conversions in f-strings
s = "héllo\n"
print(f"{s!r}", f"{s!a}", f"{s!s}")
print(f"{'x'!r:>6}|{3!s:<3}|")
class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
print(f"{P()} {P()!r} {P(