# module-level names shadow builtins; deleting them restores the builtin
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    list = "local"
    return list
print(f(), list("ab"))
