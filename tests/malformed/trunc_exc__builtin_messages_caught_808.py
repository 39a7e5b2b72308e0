# common builtin error messages, caught and printed
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: undefined_name)
check(lambda: 1 + "a")
check(lambda: "a" - 1)
check(lambda: [] < 1)
check(lambda: len(5))
five = 5
check(lambda: five())
check(lambda: five[0])
check(lambda: iter(5))
check(lambda: next(iter([])))
check(lambda: {}["k"])
check(lambda: [1][2])
check(lambda: int("x"))
check(lambda: None + 1)
check(lambda: -"a")
check(lambda: hash([]))
check(lambda: ord("ab"))
check(lambda: chr(-1))
check(lambda: abs("x"))
check(lambda: sum(["a", "b"]))
check(lambda: max([]))
check(lambda: min())
check(lambda: divmod(1, "x"))
check(lambda: [].sort(1))
check(lambda: (1, 2) + [3])
pair = {1, 2}
check(lambda: pair[0])
check(lambda: "abc".split(1