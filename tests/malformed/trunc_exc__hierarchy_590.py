# catching by base class: LookupError, ArithmeticError, Exception vs BaseException
for f in [lambda: {}[1], lambda: [][1], lambda: 1 / 0, lambda: int("x"), lambda: 2.0 ** 10000]:
    try:
        f()
    except LookupError as e:
        print("lookup", type(e).__name__)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
print([c.__name__ for c in KeyError.__mro__], issubclass(SystemExit, Exception), issubclass(RecursionError, RuntimeError))
try:
    raise SystemExit(3)
except BaseException as e