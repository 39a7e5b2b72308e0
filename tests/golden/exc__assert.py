# assert statements: caught with message, and uncaught without
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
assert True
x = 0
assert x > 0
