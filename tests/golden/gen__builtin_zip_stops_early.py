# zip stops at the shortest input; a generator listed first is advanced one extra time
def g(tag, n):
    for i in range(n):
        print("produce", tag, i)
        yield i
    print(tag, "finished")

a = g("a", 5)
print(list(zip(a, [10, 20])))
print("a continues at", next(a))
b = g("b", 5)
print(list(zip([10, 20], b)))
print("b continues at", next(b))
print(list(zip(g("c", 2), g("d", 3))))
