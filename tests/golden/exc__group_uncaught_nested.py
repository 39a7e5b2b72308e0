def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ZeroDivisionError("z")])
try:
    inner()
except ExceptionGroup as e:
    e.add_note("a note on the group")
    raise ExceptionGroup("outer", [e, ValueError("v")]) from None
