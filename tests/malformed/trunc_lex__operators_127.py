# every arithmetic, comparison and augmented operator token
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b