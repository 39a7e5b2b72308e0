# bytes error messages
for f in [lambda