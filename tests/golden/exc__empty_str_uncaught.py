class E(Exception):
    def __str__(self): return ""
try:
    raise E()
except E as e:
    print(repr(str(e)))
raise E("ignored by str")
