# match, case, _ and type are soft keywords and remain usable as names
match = 1
case = 2
_ = 3
type_ = type
print(match, case, _, type_(1).__name__)
def match(x): return x + 1
print(match(1))
match = [1, 2]
print(match[0