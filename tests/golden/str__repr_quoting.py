# str repr chooses quotes and escapes like CPython
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\n\t\\"), repr("\x00\x1f\x7f"), repr("é"), repr("\u200b"), repr("😀"), repr("\ud800" if False else "z"))
print([ "a'b", 'c"d' ], ("x",), {"k": "v"})
print(str("x"), repr(str(5)), repr(""))
