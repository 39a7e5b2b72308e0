# a dict display with a key but no value
d = {1: 2, 3}
