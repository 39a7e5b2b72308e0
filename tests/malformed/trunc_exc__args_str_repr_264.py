# exception args, str() and repr() for 0, 1 and many arguments
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), OSError(2, "No such file")]:
    print(repr(e), "|", str(e), "|", e.args)
e = Exception("x")
e.args = ("y", "z"