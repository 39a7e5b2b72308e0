# the same keyword argument twice in a call
print(sep="", sep=" ")
