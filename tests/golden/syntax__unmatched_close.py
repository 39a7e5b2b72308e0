# a closing bracket with no opener
x = 1)
