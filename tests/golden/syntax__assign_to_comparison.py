# assignment to a comparison
x < y = 3
