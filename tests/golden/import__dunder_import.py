# the __import__ builtin: top-level package without fromlist, leaf with it, levels
top = __import__("_imp_pkg.sub.deep")
print(top.__name__)
leaf = __import__("_imp_pkg.sub.deep", fromlist=["DEPTH"])
print(leaf.__name__)
m = __import__("mod", {"__name__": "_imp_pkg.sub", "__package__": "_imp_pkg"}, None, ["VALUE"], 1)
print(m.__name__)
pkg = __import__("", {"__package__": "_imp_pkg.sub"}, None, ["deep"], 2)
print(pkg.__name__)
for args in [("",), ("x", None, None, (), -1), ("x", {}, None, (), 1),
             ("x", {"__package__": 3}, None, (), 1), ("x", {"__package__": "a"}, None, (), 3)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
