# escape sequences in ordinary string literals
print("a\tb\\c\'d\"e")
print("\x41\x62\101\u00e9\U0001F600|")
print(repr("\0\a\b\f\v\r"))
print(len("\n"), len("\\n"), ord("\x7f