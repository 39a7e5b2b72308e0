# a character that is not valid in Python source outside strings
x = 5 € 3
