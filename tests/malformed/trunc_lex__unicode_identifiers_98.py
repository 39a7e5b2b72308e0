# non-ASCII identifiers are allowed (and NFKC-normalised)
café = "coffee"
π = 3.14
données = [1, 2