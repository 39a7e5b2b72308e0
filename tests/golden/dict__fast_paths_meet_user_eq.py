class K:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, o): return self.s == (o.s if isinstance(o, K) else o)
d = {K("a"): 1, ("x", 1): 2, 3: 4}
print("a" in d, d.get(("x", 1)), (("x", 1)) in d, 3.0 in d)
d["a"] = 5
print(len(d), [type(k).__name__ for k in d], d[K("a")])
t = {("x", K("y")): 1}
t[("x", "y")] = 2
print(len(t), t[("x", "y")], ("x", "y") in t)
print(f"{3} {2.5} {True} {10**20} {'s'} {-0.0:>6}", "a b  c".split(" "), "".split(","), "x".split("x"), ",a,".split(",", 1))
print("".join(["a", "b"]), "-".join(["a"]), "-".join([]), "-".join(["ab", "c", ""]))
for ch in "héllo": print(ch, end="|")
print()
class K:
    def __hash__(self): return hash("a")
    def __eq__(self, o): return o == "a"
d = {K(): 1}
print(d.get("a"), "a" in d, d["a"])
