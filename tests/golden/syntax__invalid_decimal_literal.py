# a digit run directly followed by letters
x = 1abc
