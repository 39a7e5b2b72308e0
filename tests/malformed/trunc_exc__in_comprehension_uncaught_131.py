# uncaught exception inside a list comprehension shows the <listcomp> frame
values = [1, 2, 0, 4]
inverses = [1 / v for v in values