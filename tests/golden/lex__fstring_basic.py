# f-strings: expressions, nested calls, quotes inside braces
name = "world"
n = 3
print(f"hello {name}!", F"{n*2}", f'{name.upper()}', f"{'inner'}")
print(f"{n} + {n} = {n + n}", f"{[1, 2, 3][1]}", f"{ {'a': 1}['a'] }")
print(f"{{literal}} {n}", f"{{{n}}}")
print(f"""triple {name}
line two {n}""")
print(rf"raw\n{n}", fR"{name}\t")
