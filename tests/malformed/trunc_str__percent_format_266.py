# printf-style % formatting
print("%s %r %d %i %5d %-5d| %05d %x %X %o %c %%" % ("s", "r", 42, 7, 3, 3, 42, 255, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%+d %+d % d %#x %#o