# chr/ord and integer-to-string conversions
print(chr(65), chr(0x263A), chr(0x1F40D), ord("A"), ord("é"), ord("\n"