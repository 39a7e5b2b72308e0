# bitwise operations on small, negative and big ints
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, -5 & 0xff, -1 >> 10, -16 >> 2)
print(1 << 64, (1 << 64) >> 63, (1 << 100) | 1, (2**70 - 1) & 2**65)
print(-(2**70) >> 3, ~(2**65), (2**64) ^ (2**64 + 7))
print((255).bit_length(