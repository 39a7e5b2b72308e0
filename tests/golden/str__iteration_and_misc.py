# iteration, enumerate, zip and misc methods on strings
for i, c in enumerate("abc"):
    print(i, c, end=";")
print()
print(list(zip("abc", "12")), "".join(reversed("abc")), "a-b".translate({45: "+"}))
print("Hello".ljust(3), "tab\tx".split("\t"), "%".join("ab"), "abc".maketrans("a", "b") == {97: 98})
print(str.upper("x"), "x".__len__(), "ab".__contains__("a"), "ab".__add__("c"))
