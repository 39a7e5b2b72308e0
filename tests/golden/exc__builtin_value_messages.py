tests = [
    lambda: [][0], lambda: [1][5], lambda: (1,)[3], lambda: "ab"[9], lambda: range(3)[5], lambda: b"x"[2],
    lambda: [].pop(), lambda: [1].pop(5), lambda: [1].insert,
    lambda: int("x"), lambda: int("12", 2), lambda: float("y"), lambda: [1].index(2), lambda: "abc".index("z"),
    lambda: [].remove(1), lambda: int("1", 99), lambda: chr(-1), lambda: range(1, 2, 0), lambda: "a".split(""),
    lambda: (1).to_bytes(1, "bad"), lambda: "x".encode("nope"), lambda: int(""),
    lambda: tuple().index(1), lambda: "a,b".partition(""),
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0,
    lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -1, 5),
    lambda: 2 ** 10000 * 1.0, lambda: float(2 ** 10000), lambda: 10.0 ** 400, lambda: int(float("inf")),
    lambda: int(float("nan")), lambda: round(float("inf")), lambda: [0] * (2 ** 63), lambda: 1 << -1,
    lambda: (2 ** 64).to_bytes(2, "big"), lambda: chr(2 ** 40), lambda: __import__("math").exp(1000),
    lambda: __import__("math").sqrt(-1), lambda: __import__("math").log(0), lambda: range(2 ** 64)[0:1][0] and len(range(2**64)),
    lambda: next(iter([])), lambda: a, lambda: a, lambda: [1, 2, 3][1:2:0],
    lambda: "x" * (2 ** 63), lambda: pow(2, 3, 0), lambda: 1 >> -5,
]
for t in tests:
    try:
        r = t()
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)
