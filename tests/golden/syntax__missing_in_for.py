# a for statement without in
for x range(3):
    pass
