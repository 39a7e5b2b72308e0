# breaking out of a for loop over a temporary generator closes it right after the loop
def g():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

for v in g():
    print("got", v)
    break
print("after loop")

def first(gen_fn):
    for v in gen_fn():
        return v

print("first:", first(g))
print("end")
