# a for loop with no indented body at the end of the file
for i in range(3):
