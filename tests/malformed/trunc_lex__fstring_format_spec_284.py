# f-string format specs, including nested replacement fields in the spec
x = 3.14159
w = 10
p = 3
print(f"{x:.2f}|{x:10.3f}|{x:<10}|{x:>{w}.{p}}|")
print(f"{42:05d}|{42:x}|{42:#o}|{255:#b}|{1234567:,}|{1234567:_}")
print(f"{'s':^7}|{'s':*<5}|{'abc':.2}|{-5:+d}|{5:+d}|{5: d}")
print(f