"""A helper module for the import__ golden cases."""
print("_imp_helper: running as", __name__)
X = 10
_private = "hidden"
__all__ = ["X", "greet", "Thing"]


def greet(who):
    return f"hello {who} from {__name__}"


class Thing:
    def __repr__(self):
        return f"Thing({__name__})"


if __name__ == "__main__":
    print("_imp_helper: main guard must not run on import")
