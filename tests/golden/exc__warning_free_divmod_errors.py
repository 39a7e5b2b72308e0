# ZeroDivisionError and OverflowError messages from builtins and operators
for expr in ["divmod(1, 0)", "divmod(1.0, 0)", "1 % 0.0", "pow(0, -1)", "2.0 ** 5000", "int(float('inf'))", "round(float('inf'))", "round(float('nan'))"]:
    try:
        eval(expr)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
