# __eq__ and __hash__: defining __eq__ makes instances unhashable unless __hash__ is defined
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other