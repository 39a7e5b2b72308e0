# repr/str/ascii of builtin objects
vals = [None, True, 0, -5, 2.5, "s'q", b"b", [1], (1,), (), {1: "a"}, set(), frozenset({1}), range(2