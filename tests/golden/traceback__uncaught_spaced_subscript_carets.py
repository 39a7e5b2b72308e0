# The interpreter's own report: carets under a subscript with spaces inside the brackets.
d = {"a": [1]}
print(d["a"][ 5 ])
