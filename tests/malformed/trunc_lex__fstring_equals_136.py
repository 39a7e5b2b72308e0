# f-string self-documenting expressions with = (and spaces preserved)
x = 10
name = "coil"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=