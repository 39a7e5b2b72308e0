# One call site and one attribute site see more classes than the cache has ways, and
# classes created and dropped in a loop reuse addresses.
def make(i):
    class Dyn:
        def val(self):
            return i
        attr = i * 10
    Dyn.__name__ = "Dyn%d" % i
    return Dyn

classes = [make(i) for i in range(12)]
objs = [c() for c in classes]

def call_all(xs):
    return [x.val() for x in xs], [x.attr for x in xs]

for _ in range(3):
    print(call_all(objs))
for i, c in enumerate(classes):
    if i % 3 == 0:
        c.val = lambda self, i=i: -i
    if i % 4 == 0:
        c.attr = "changed"
print(call_all(objs))

total = 0
for i in range(200):
    c = make(i)
    o = c()
    total += o.val() + o.attr
    del c, o
print(total)
