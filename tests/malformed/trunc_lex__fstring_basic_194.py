# f-strings: expressions, nested calls, quotes inside braces
name = "world"
n = 3
print(f"hello {name}!", F"{n*2}", f'{name.upper()}', f"{'inner'}")
print(f"{n} + {n} = {n + n}", f"{[1, 2, 3][1]