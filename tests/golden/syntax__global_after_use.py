# a name used before its global declaration
x = 0
def f():
    print(x)
    global x
