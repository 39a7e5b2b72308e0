# raising something that is not an exception is a TypeError
for bad in [1, "str