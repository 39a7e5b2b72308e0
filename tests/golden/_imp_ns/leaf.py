print("_imp_ns.leaf:", __name__, __package__)
LEAF = "leaf"
