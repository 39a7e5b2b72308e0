# uncaught exception inside a list comprehension shows the <listcomp> frame
values = [1, 2, 0, 4