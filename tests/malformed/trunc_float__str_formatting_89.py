# format() and %-formatting of floats
x = 1234.56789
print(format(x, ".2f"), format(x, "e