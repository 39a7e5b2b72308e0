# int() error messages
for args in [("abc",), ("12", 2), ("",), ("1.5",), (" ",), ("0x10",)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e