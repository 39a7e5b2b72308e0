[x in y]
[x if y]
