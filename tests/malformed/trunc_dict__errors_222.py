# dict error messages
d = {"a": 1}
for f in [lambda: d["missing"], lambda: d[[1]], lambda: d.pop("x"), lambda: {}.popitem(),
          lambda: dict([1, 2]), lambda: {[1]: 2}]:
    try:
        f()
    except Exception as e