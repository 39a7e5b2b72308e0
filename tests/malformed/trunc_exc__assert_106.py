# assert statements: caught with message, and uncaught without
try:
    assert 1 + 1 == 3, "math is broken