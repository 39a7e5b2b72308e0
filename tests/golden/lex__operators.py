# every arithmetic, comparison and augmented operator token
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a & b, a | b, a ^ b, ~a, a << b, a >> 1)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
c = 10
c += 1; c -= 2; c *= 3; c //= 2; c %= 7; c **= 2; c <<= 2; c >>= 1; c |= 1; c &= 0xff; c ^= 5
print(c)
d = 9.0
d /= 2
print(d)
print(-a, +a, not a, a if b else 0)
