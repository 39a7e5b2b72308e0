# a numeric literal ending with an underscore
x = 1_000_
