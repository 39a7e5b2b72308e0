# a binary operator missing its right operand
x = 1 +
