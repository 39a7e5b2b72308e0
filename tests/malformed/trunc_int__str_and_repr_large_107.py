# str/hex/oct/bin of big and negative ints
n = 2 ** 200
print(n)
print(hex(n), oct(255), bin(-10), hex(-255