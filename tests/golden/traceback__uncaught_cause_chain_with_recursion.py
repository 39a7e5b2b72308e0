# An uncaught error whose cause is a RecursionError (collapsed "[Previous line repeated N more
# times]" frames), raised "from" it inside a method called through two frames.
class Config:
    def __init__(self):
        self.depth = 0

    def resolve(self, key):
        return self.resolve(key + ".x")


def load(cfg):
    try:
        cfg.resolve("root")
    except RecursionError as exc:
        raise ValueError("config nesting too deep") from exc


def main():
    load(Config())


main()
