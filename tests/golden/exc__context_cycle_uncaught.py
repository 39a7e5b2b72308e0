def f():
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise KeyError("second")
        except KeyError as e2:
            e1.__context__ = e2
            raise e1
f()
