print("_imp_raises: start")


def fail(n):
    return {}[n]


fail("missing")
