# AttributeError messages for instances, classes and builtins
class K:
    def __init__(self): self.value = 1
k = K()
for f in [lambda: k.valu, lambda: K.missing, lambda: (1).foo, lambda: "s".lenght, lambda: [].push(1),
          lambda