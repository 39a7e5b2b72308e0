# exceptions raised and caught inside handlers and loops keep the outer state consistent
results = []
for v in ["1", "x", "3", None]:
    try:
        try:
            results.append(int(v))
        except ValueError:
            results.append("bad")
            raise LookupError(v)
    except LookupError as e:
        results.append(f"lookup {e}")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
