# f-string format specs, including nested replacement fields in the spec
x = 3.14159
w = 10
p = 3
print(f"{x:.2f}|{x:10.3f}|{x:<10}|{x:>{w}.{p