# a digit that is not valid in a binary literal
x = 0b102
