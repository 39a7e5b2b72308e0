# chr/ord and integer-to-string conversions
print(chr(65), chr(0x263A), chr(0x1F40D), ord("A"), ord("é"), ord("\n"), ord(chr(0x10FFFF)))
print(hex(255), hex(-1), hex(2**64), oct(8), oct(-8), bin(5), bin(0), bin(-5), bin(2**65))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
