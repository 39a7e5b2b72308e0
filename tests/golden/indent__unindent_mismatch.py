# dedent to a column that matches no enclosing block
if True:
        x = 1
    y = 2
