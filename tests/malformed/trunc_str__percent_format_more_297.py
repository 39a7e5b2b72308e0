# more %-formatting: widths from *, dict keys, %r of containers, %c from str, %e/%g
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%(a)s-%(a)r" % {"a": "x"}, "%r %a" % ([1, "é"], "é"), "%c%c" % ("h", 105))
print("%e %E %g %G" % (12345.678, 0.000123, 1e-10, 1e20), "%5.1s|" % "abc", "%%d