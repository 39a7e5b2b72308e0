# __len__, __getitem__, __setitem__, __contains__, __iter__, __bool__, __call__
class Bag:
    def __init__(self): self.items = {}
    def __len__(self): return len(self.items)
    def __getitem__(self, k): return self.items.get(k, 0)
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
    def __contains__(self, k): return k in self.items
    def __iter__(self): return iter(sorted(self.items))
    def __call__(self, *keys): return [self[k] for k in keys]
b = Bag()
b["x"] = 2; b["a"] = 5
print(len(b), b["x"], b["zz"], "a" in b, "q" in b, list(b), b(