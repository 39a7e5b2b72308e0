# = used where == was meant
x = 1
if x = 1:
    pass
