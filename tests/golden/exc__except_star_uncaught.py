def a():
    raise ValueError("from a")
def b():
    raise TypeError("from b")
def run():
    errors = []
    for f in (a, b):
        try:
            f()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)
try:
    run()
except* ValueError as g:
    print("handled", repr(g))
