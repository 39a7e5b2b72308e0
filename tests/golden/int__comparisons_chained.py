# chained comparisons evaluate each operand once and mix int/float/bigint
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 1, 1 == 1.0 == True)
print(v(1) < v(2) < v(0) < v(5))
print(2**64 > 1.5, 2**64 == 2.0**64, 10**400 > 1e308, -10**400 < -1e308)
print(0.1 + 0.2 == 0.3, 1 != 1.0)
