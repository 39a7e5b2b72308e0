# try with no indented body
try:
x = 1
except Exception:
    pass
