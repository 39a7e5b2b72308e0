# uncaught KeyError shows the key's repr
config = {"host": "localhost"}
def get(key):
    return config[key]
print(get("host"))
print(get("port