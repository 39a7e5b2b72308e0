# uncaught exception raised inside __init__ shows the constructor frame
class Config:
    def __init__(self, values):
        self.port = int(values["port"])
print("loading")
cfg = Config({"port": "eighty