# unpacking error messages
for f in ["a, b = 1, 2, 3", "a, b = [1]", "a, b = 1", "a, *b, c = [1]", "a, b = 'xyz'"]:
    try:
        exec(f)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e