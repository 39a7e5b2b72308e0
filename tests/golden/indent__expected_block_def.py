# a function definition with no indented body
def f():
return 1
