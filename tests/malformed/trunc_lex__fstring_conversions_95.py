# !r !s !a conversions in f-strings
s = "héllo\n"
print(f"{s!r}", f"{s!a}", f"{s!s}")
print(f"{