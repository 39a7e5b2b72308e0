# __getattr__ fallback, __setattr__ interception and attribute builtins
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name)