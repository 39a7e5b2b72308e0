# reverse=True keeps equal elements in their original order (reverse, stable sort, reverse).
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        print(f"  {self.v}{self.tag} < {other.v}{other.tag}")
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


xs = [K(1, "a"), K(2, "b"), K(1, "c"), K(3, "d"), K(2, "e"), K(1, "f")]
print(sorted(xs, reverse=True))
print(sorted(xs, reverse=False))
pairs = [(1, "a"), (2, "b"), (1, "c"), (3, "d"), (2, "e"), (1, "f")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana"]
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=len))
big = [(i * 37) % 11 for i in range(300)]
idx = sorted(range(300), key=lambda i: big[i], reverse=True)
print(idx[:20], all(big[a] > big[b] or (big[a] == big[b] and a < b) for a, b in zip(idx, idx[1:])))
xs = [3, 1, 2]
xs.sort(reverse=0)
print(xs)
xs.sort(reverse=-7)
print(xs)
