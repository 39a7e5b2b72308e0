# a finally with yield inside a loop runs on every iteration, including on close
def g():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

print(list(g()))
it = g()
next(it)
next(it)
it.close()
print("closed")
