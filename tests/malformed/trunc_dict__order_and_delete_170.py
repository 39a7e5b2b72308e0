# deleting and re-inserting moves a key to the end; updating keeps position
d = {i: str(i) for i in range(5)}
del d[2]
d[2] = "two"
d[0] = "zero"
print(d)
for k in list(d