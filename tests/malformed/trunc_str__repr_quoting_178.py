# str repr chooses quotes and escapes like CPython
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\n\t\\"), repr("\x00\x1f\x7f"), repr("é