# From seed 003 ("What are Coroutines in Python"): a generator-based coroutine
# that receives data through `data = yield` and reports whether it contains char.
def cor_func(char):
    print(f"Searching for {char}")
    while True:
        data = yield
        if char in data:
            print(True)
        else:
            print(False)

value = cor_func("e")
value.__next__()
value.send("hello")
value.send("GeekPython")
value.send("Geek")
