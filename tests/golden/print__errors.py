# print argument errors
for kw in [{"sep": 1}, {"end": []}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except TypeError as e:
        print(type(e).__name__, e)
