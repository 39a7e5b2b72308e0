# unpacking in for targets, including nested, starred and attribute/subscript targets
pairs = [(1, "one"), (2, 