# a small program mixing loops, dicts, functions and formatting
inventory = {"apple": 3, "pear": 0, "fig": 12}
def restock(inv, minimum=5):
    changed = []
    for name, qty in sorted(inv.items()