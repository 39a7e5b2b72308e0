# floor division and modulo follow the sign of the divisor
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(10**20 // -3, 10**20 % -3, -(10**20) // 7, -(10**20) % 7)
