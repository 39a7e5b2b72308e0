# an f-string with an invalid conversion
x = f"{1!z}"
