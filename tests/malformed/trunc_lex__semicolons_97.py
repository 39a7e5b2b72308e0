# several simple statements on one line
a = 1; b = 2; print(a + b)
if a: print("one"); print("two