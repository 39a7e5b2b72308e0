# comprehension variables do not leak; comprehensions can see enclosing function locals
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
i = "outer i"
squares = [i * i for i in range(4