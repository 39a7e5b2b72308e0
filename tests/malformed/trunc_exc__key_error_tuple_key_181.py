# KeyError messages for tuple, int and empty-string keys
d = {}
for key in [(1, 2), 5, "", None, ("single",)]:
    try:
        d[key]
    except KeyError as e:
        print(type(e