# an error raised by an `except GeneratorExit` handler while a dropped generator closes:
# only that error is reported (no chained GeneratorExit), and the script continues
def h():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")

it = h()
next(it)
del it
print("continued")
