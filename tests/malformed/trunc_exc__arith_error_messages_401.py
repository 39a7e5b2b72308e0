# ZeroDivisionError, OverflowError and ValueError messages from numeric builtins and operators
inf, nan = float("inf"), float("nan")
cases = [("divmod(1, 0)", lambda: divmod(1, 0)), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
         ("1 % 0.0", lambda: 1 % 0.0), ("pow(0, -1)", lambda: pow(0, -1)), ("2.0 ** 5000", lambda: 2.0 ** 5000),
         ("int(inf)", lambda: int(inf)), ("round(inf)", lambda