class K: pass
ONE, S, NONE, FN = 1, "s", None, (lambda: 0)
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 < "a", lambda: None + None,
    lambda: {} + {}, lambda: "a" * "b", lambda: [1] * 1.5, lambda: 2 ** "x", lambda: K() + K(),
    lambda: ONE[0], lambda: K()[0], lambda: FN[0], lambda: len[0], lambda: int[0][0],
    lambda: ONE(), lambda: S(), lambda: K()(), lambda: NONE(),
    lambda: iter(1), lambda: list(1), lambda: [x for x in 5], lambda: tuple(None), lambda: set(K()),
    lambda: hash([]), lambda: {[]: 1}, lambda: {{}}, lambda: hash(set()),
    lambda: "a".join([1]), lambda: sum(["a", "b"]), lambda: sum([[1]]), lambda: "%d" % "x",
    lambda: ord("ab"), lambda: chr("a"), lambda: sorted([1, "a"]),
    lambda: [1, 2].index("z"), lambda: int(None), lambda: str(1, 2), lambda: dict(1),
    lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: a_b, lambda: K.x, lambda: (1).x,
    lambda: "s".nonexist, lambda: 5 .real.imag.foo, lambda: divmod("a", 1), lambda: abs("x"),
    lambda: max(1), lambda: min([]), lambda: next(5), lambda: isinstance(1, 1),
    lambda: issubclass(1, int), lambda: round("x"), lambda: reversed(5), lambda: zip(1),
    lambda: enumerate(1), lambda: "x" in 1, lambda: -"x", lambda: {1} | [1], lambda: ~1.0,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
