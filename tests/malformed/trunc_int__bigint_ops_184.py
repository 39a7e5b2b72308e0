# bigint multiply, divide, compare, str round trip, hashing of equal values
a = 12345678901234567890123456789
b = 98765432109876543210
print(a * b, a // b, a % b, -a // b, a - b * 1000