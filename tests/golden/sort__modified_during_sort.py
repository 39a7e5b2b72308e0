# Mutating the list while it is being sorted: the list looks empty inside __lt__/key, and any
# growth raises "ValueError: list modified during sort" after the sort; the sorted items win.
xs = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("inside:", xs, len(xs))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


xs = [K(2), K(1)]
xs.sort()
print(xs)


def attempt(name, action):
    global xs
    xs = [3, 1, 2]
    done = []

    def key(v):
        if not done:
            done.append(1)
            action(xs)
        return v

    try:
        xs.sort(key=key)
        print(name, "ok", xs)
    except ValueError as e:
        print(name, "ValueError:", e, xs)


attempt("append", lambda l: l.append(5))
attempt("append+pop", lambda l: (l.append(5), l.pop()))
attempt("extend", lambda l: l.extend([7, 8]))
attempt("insert+del", lambda l: (l.insert(0, 1), l.__delitem__(0)))
attempt("clear", lambda l: l.clear())
attempt("extend_empty", lambda l: l.extend([]))
attempt("reverse", lambda l: l.reverse())
attempt("nested_sort", lambda l: l.sort())


class Grow:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        ys.append(self.v)
        return self.v < other.v


ys = [Grow(3), Grow(1), Grow(2)]
try:
    ys.sort()
except ValueError as e:
    print("ValueError:", e, [g.v for g in ys])
