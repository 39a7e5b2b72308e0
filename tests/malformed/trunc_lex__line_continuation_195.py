# backslash continuation and implicit joining inside brackets
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print(items, {
    'k