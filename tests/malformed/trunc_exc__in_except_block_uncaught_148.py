# an error inside an except block is chained to the one being handled
def risky():
    raise KeyError("first")
try:
    risky()
except KeyError as e