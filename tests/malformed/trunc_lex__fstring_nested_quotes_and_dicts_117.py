# f-strings mixing quote styles, dict lookups, conditional expressions and format specs
data = {"name": "coil", "ver"