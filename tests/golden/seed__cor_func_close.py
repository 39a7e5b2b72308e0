# From seed 003, "Closing the Coroutine": after close(), send() raises StopIteration.
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
value.close()
value.send("Geek")
