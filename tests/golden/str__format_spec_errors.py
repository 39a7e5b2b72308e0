# errors from format specs and format conversions
for spec, value in [("d", 1.5), ("x", "s"), (".2f", "s"), ("=5", "s"), ("c", -1), (",s", "x"), ("q", 1)]:
    try:
        format(value, spec)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
