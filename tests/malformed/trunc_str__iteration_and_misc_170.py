# iteration, enumerate, zip and misc methods on strings
for i, c in enumerate("abc"):
    print(i, c, end=";")
print()
print(list(zip("abc", "12")), "".join(reversed("abc