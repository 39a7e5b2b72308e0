# uncaught ValueError from int()
n = int(