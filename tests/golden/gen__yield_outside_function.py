# a module-level yield: the whole file is rejected before anything runs
print("never printed")
yield 1
