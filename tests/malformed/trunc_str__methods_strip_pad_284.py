# strip/ljust/rjust/center/zfill/expandtabs/replace
print(repr("  hi  ".strip()), repr("xxhixx".strip("x")), repr("  hi".lstrip()), repr("hi  ".rstrip()))
print("hi".ljust(5, "*"), "hi".rjust(5), "hi".center(7, "-"), "hi".center(6, "-"), "42".zfill(5), "-42".zfill(6))
print("a\tbc\td