# str() falls back to __repr__; repr of a class instance in containers uses __repr__
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only-str"
r, s = OnlyRepr(), OnlyStr()
print(str(r), repr(r), f"{r}", [r], (r,), {1: r})
print(str(s), f"{s}", "%s" % s, "{}".format(s), str([s]).startswith("[<__main__.OnlyStr object at 0x")