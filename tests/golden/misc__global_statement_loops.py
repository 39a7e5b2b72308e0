# a small program mixing loops, dicts, functions and formatting
inventory = {"apple": 3, "pear": 0, "fig": 12}
def restock(inv, minimum=5):
    changed = []
    for name, qty in sorted(inv.items()):
        if qty < minimum:
            inv[name] = minimum
            changed.append(name)
    return changed
print(restock(inventory), inventory)
report = "\n".join([f"{k:<6}{v:>4}" for k, v in inventory.items()])
print(report)
total = 0
for v in inventory.values():
    total += v
print(f"total={total:,} avg={total / len(inventory):.2f}")
