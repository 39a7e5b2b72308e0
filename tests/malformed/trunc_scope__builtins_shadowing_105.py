# module-level names shadow builtins; deleting them restores the builtin
print(len("abc"))
len = lambda x