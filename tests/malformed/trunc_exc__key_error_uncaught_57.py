# uncaught KeyError shows the key's repr
config = {"host"