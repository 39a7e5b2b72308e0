# __getattr__ fallback, __setattr__ interception and attribute builtins
class Dyn:
    def __init__(self