# an else clause with no body
if 0:
    pass
else:
x = 1
