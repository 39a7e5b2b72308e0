# a single-quoted string that runs to the end of the line
s = "hello
print(s)
