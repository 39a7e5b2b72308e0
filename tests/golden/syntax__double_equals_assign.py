# a stray second = sign
x = = 1
