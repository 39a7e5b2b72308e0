# assignment expressions in conditions and comprehensions
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n