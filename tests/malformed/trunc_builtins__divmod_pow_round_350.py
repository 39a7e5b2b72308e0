# divmod, pow and round across types
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 3), divmod(True, 2))
print(pow(2, 10), pow(2.0, 3), pow(4, 0.5), pow(-8, 2), pow(7, 2, 5), pow(10**30, 2, 97), pow(0, 0))
print(round(3.7), round(-3.7), round(3.14159, 2), round(25, -1), round(35, -1), round(15.5), round(16.5), round(2**70 + 0.5