# and/or return operands, short-circuit, conditional expressions
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "last", not 0)
print(t(0