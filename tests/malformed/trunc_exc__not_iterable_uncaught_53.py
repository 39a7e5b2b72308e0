# iterating over a non-iterable object
for item in 42