# break/continue only affect the innermost loop; flags to exit outer loops
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found