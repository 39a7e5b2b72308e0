# leading zeros in a decimal integer literal
x = 012
