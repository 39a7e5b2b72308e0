# an indented line where no block is opened
x = 1
    y = 2
print(x)
