# chr/ord and integer-to-string conversions
print(chr(65