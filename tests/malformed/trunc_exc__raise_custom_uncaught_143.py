# uncaught user-defined exception with a message
class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing field 'name'