# uncaught exception inside a lambda called by a builtin
data = [