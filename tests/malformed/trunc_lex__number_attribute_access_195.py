# attribute access on literals needs a space or parentheses after ints
print(1 .real, (2).bit_length(), 1.5.is_integer(), 0x10 .bit_length())
print(1.0.hex() if False else (10).to_bytes(2, "big")