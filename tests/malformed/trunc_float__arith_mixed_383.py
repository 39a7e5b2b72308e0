# int/float mixed arithmetic, float floor division and modulo signs
print(7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** 0.5, 4 ** 0.5, (-8) ** (1/3) if False else 8 ** (1/3))
print(1e16 + 1, 2**53 + 1.0, 0.1 * 10, 3 * 0.1, 1 - 0.9)
print(float(2**100), float(10**20) == 10**20, 10**20 + 0.5)
print(abs(-2.5), -(-0.0), 1.0 * -0.0