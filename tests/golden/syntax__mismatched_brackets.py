# closing bracket does not match the opener
x = [1, 2)
