# except clause with no indented body
try:
    pass
except ValueError:
pass
