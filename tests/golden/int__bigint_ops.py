# bigint multiply, divide, compare, str round trip, hashing of equal values
a = 12345678901234567890123456789
b = 98765432109876543210
print(a * b, a // b, a % b, -a // b, a - b * 1000)
print(a > b, a == int(str(a)), hash(2**61 - 1) == hash(0), hash(10**20) == hash(10**20))
print(int("-" + "9" * 40) + 1, abs(-a), len(str(2 ** 1000)))
print(2**64 == 18446744073709551616, 2**63 - 1 == 9223372036854775807)
