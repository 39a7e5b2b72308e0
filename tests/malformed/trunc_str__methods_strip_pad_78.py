# strip/ljust/rjust/center/zfill/expandtabs/replace
print(repr("  hi  ".strip(