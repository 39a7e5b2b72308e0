# lookdict compares same-hash keys with __eq__ in probe order; a comparison that mutates
# the dict makes the lookup start again (CPython's DKIX_KEY_CHANGED)
log = []


class K:
    def __init__(self, name, h=7, action=None):
        self.name = name
        self.h = h
        self.action = action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        log.append(f"{self.name}=={getattr(other, 'name', type(other).__name__)}")
        if self.action:
            act, self.action = self.action, None
            act()
        return isinstance(other, K) and self.name == other.name

    def __repr__(self):
        return f"K({self.name})"


a, b, c = K("a"), K("b"), K("c")
d = {a: 1, b: 2, c: 3}
print(d[K("c")], log)
log.clear()
print(K("z") in d, log)
log.clear()

# a stored key's __eq__ deletes another key during the probe
d = {a: 1, b: 2, c: 3}
a.action = lambda: d.pop(b)
print(d.get(K("c")), log, d)
log.clear()

# a stored key's __eq__ clears the dict: the restarted lookup finds nothing
e = {a: 1, b: 2}
a.action = lambda: e.clear()
print(e.get(K("b"), "missing"), log, e)
log.clear()

# __eq__ inserting during a store: the new key is still inserted once
f = {a: 1}
a.action = lambda: f.__setitem__(K("side", h=99), 0)
f[K("n")] = 5
print(sorted(k.name for k in f), len(f), log)
log.clear()

# __eq__ raising propagates out of the lookup and leaves the dict intact
class Bad:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("no compare")


g = {Bad(): 1, 2: 2}
try:
    g[K("q")]
except ValueError as ex:
    print("ValueError", ex, len(g))
print(g.get(2), 2 in g)

# a key equal to everything replaces the value of the first same-hash key it meets
class Any:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return True


def name(k):
    return getattr(k, "name", type(k).__name__)


# stored.__eq__(key) is asked first: K's answer (False) wins over Any's
h = {a: "a", b: "b"}
h[Any()] = "any"
print([(name(k), v) for k, v in h.items()], log)
log.clear()
# a stored key equal to everything keeps its identity and takes the new value
j = {Any(): 0}
j[a] = 1
j["s"] = 2
print([(name(k), v) for k, v in j.items()], j[b], log)
del j[c]
print(len(j), j.pop(Any(), "gone"), j.pop(Any(), "gone"))
