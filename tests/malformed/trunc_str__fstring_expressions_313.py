# f-strings with complex expressions, nested f-strings and method calls
items = [3, 1, 2]
d = {"a": 1}
w = 6
print(f"{sorted(items)} {len(items)} {d['a']} {items[-1]:>{w}}")
print(f"{'yes' if items else 'no'} {f'{1+1}'} {', '.join(map(str, items))}")
print(f"{3.0:.{2}f} {10:{'>'}{5}} {'x' * 3}")
print(f"{items!r