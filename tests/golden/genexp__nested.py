# nested generator expressions and multiple for/if clauses
matrix = [[1, 2, 3], [4, 5, 6]]
rows = (sum(v for v in row) for row in matrix)
print(list(rows))
flat = (v for row in matrix for v in row if v % 2 == 1)
print(list(flat))
pairs = ((a, b) for a in range(3) if a for b in range(a))
print(list(pairs))
gg = ((i * j for j in range(3)) for i in range(3))
print([list(inner) for inner in gg])
print(list(x for x in (y * 2 for y in (z + 1 for z in range(3)))))
