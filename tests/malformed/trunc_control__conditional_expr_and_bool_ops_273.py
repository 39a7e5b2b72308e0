# and/or return operands, short-circuit, conditional expressions
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "last", not 0)
print(t(0) and t(1), t(1) or t(2))
print("a" if 0 else "b" if 1 else "c", [] or {}, (1, 2) and "x