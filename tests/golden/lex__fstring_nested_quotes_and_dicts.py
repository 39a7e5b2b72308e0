# f-strings mixing quote styles, dict lookups, conditional expressions and format specs
data = {"name": "coil", "ver": 2}
print(f"{data['name']!r:>8} v{data['ver']:03}")
print(f'{"quoted"} {data["name"].title()} {"yes" if data else "no"}')
print(f"""{'''triple'''} {"d"}""")
w, p = 12, 4
print(f"{3.14159265:{w}.{p}f}|{'c':{'^'}{w}}|{255:#0{w}x}")
print(f"{{}} {{{data['ver']}}} {'{'}")
