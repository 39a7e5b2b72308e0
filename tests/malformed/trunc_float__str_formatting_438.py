# format() and %-formatting of floats
x = 1234.56789
print(format(x, ".2f"), format(x, "e"), format(x, ".3g"), format(x, "g"), format(0.00001234, "g"))
print(format(x, "10.1f") + "|", format(x, "<12,.2f") + "|", format(-x, "+.1f"), format(x, "%"))
print("%f %.3f %e %g %10.2f|%-8.1f|" % (x, x, x, x, x, x))
print(format(1e16, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(0.0, "g"))
print(format(2.5, ".0f"), format(3.5, ".0f"