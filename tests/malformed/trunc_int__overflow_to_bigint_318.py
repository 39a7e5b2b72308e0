# int arithmetic crossing the i64 boundary promotes to bigint and back
x = 2**62
print(x + x, x * 4, -x - x - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print((2**64) // (2**32), (2**64) - (2**64 - 5))
print(2**100, -(2**100), 10**30 // 7)
print(type(2**100 - 2**100 + 5).__name__, 2**100 - 2**100 + 5