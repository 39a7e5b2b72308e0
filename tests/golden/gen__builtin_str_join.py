# str.join and other string methods accept generators
def words():
    yield "alpha"
    yield "beta"
    yield "gamma"

print(", ".join(words()))
print("".join(w[0] for w in words()))
print("-".join(str(i) for i in range(3)))
print("x".join(g for g in []))
try:
    print(" ".join(i for i in range(3)))
except TypeError as e:
    print(type(e).__name__, e)
print("abc".startswith(tuple(s for s in ["x", "a"])))
