# several simple statements on one line
a = 1; b = 2; print(a + b)
if a: print("one"); print("two")
for i in range(2): print(i); print(-i)
x = 5;
print(x)
