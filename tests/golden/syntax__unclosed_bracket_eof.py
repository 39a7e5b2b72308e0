# a list display still open at end of file
items = [1, 2, 3,
         4, 5
