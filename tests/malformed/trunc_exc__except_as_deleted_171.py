# the name bound by "except E as e" is deleted at the end of the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try