# list slicing with steps and negative bounds, copies are shallow
a = list(range(10))
print(a[2:5], a[