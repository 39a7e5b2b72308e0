# raw strings keep backslashes, both quote styles and prefixes
print(r"a\nb", R'c\td', r"\x41", rb"\n"[0] if False else len(r"\n"))
print(r"\"", r'\'')
print(repr(r