tests = [
    lambda: [].append(1, 2), lambda: [].pop(1, 2), lambda: {}.pop(), lambda: {}.setdefault(),
    lambda: "a".replace("a"), lambda: "a".startswith(), lambda: "a".join(), lambda: (1).bit_length(1),
    lambda: set().add(), lambda: dict.fromkeys(), lambda: int.from_bytes(),
    lambda: list.append([], 1, 2), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: zip(1, 2), lambda: map(len), lambda: filter(None), lambda: iter(),
    lambda: next(), lambda: hash(), lambda: id(), lambda: repr(), lambda: callable(), lambda: hasattr(1),
    lambda: setattr(1, "a"), lambda: delattr(1), lambda: type.__new__(type), lambda: object.__init__(),
    lambda: super(int, 1, 2), lambda: property(1, 2, 3, 4, 5), lambda: staticmethod(), lambda: classmethod(),
    lambda: [].sort(key=len, reverse=1, x=2), lambda: sorted(), lambda: round(), lambda: pow(1),
    lambda: abs(), lambda: divmod(), lambda: sum(), lambda: any(), lambda: all(1, 2), lambda: print(end=1),
    lambda: open(), lambda: "{0}{1}".format(1), lambda: "{x}".format(), lambda: "{".format(),
    lambda: dict(a=1).keys(1), lambda: [1, 2, 3].index(1, 2, 3, 4), lambda: "abc".count(),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
