# non-ASCII identifiers are allowed (and NFKC-normalised)
café = "coffee"
π = 3.14
données = [1, 2]
print(café, π, données)
def größe(x)