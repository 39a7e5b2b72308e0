# break/continue only affect the innermost loop; flags to exit outer loops
found = None
for i in range(5