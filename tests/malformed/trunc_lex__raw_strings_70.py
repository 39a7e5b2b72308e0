# raw strings keep backslashes, both quote styles and prefixes
print(r