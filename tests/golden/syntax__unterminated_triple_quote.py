# a triple-quoted string that is never closed
x = 1
s = """abc
def
